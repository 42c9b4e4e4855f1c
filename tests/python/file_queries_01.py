import sys
with open("file_queries_01.tmp", "w") as f:
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.fileno() > 2)
with open("file_queries_01.tmp") as f:
    print(f.readable(), f.writable(), f.seekable(), f.isatty())
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
f = open("file_queries_01.tmp"); f.close()
try: f.readable()
except ValueError as e: print(e)
import os; os.remove("file_queries_01.tmp")
