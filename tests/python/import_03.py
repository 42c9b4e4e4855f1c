# Circular imports between two submodules, and __name__ == "__main__"
from imp_pkg import circ_a, circ_b
print(circ_a.from_b(), circ_b.from_a())
print(__name__)
if __name__ == "__main__":
    print("running as a script")
def main():
    return "main called"
print(main())
