# A small state machine (a vending machine) driven by match/case
class Machine:
    PRICES = {"cola": 150, "chips": 100, "gum": 50}

    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.stock = {"cola": 1, "chips": 2, "gum": 0}

    def handle(self, event):
        match (self.state, event):
            case (_, ("coin", int(amount))) if amount in (10, 50, 100):
                self.credit += amount
                self.state = "paying"
                return f"credit {self.credit}"
            case (_, ("coin", amount)):
                return f"rejected coin {amount!r}"
            case ("paying", ("select", item)) if item not in self.PRICES:
                return f"unknown item {item}"
            case ("paying", ("select", item)) if self.stock[item] == 0:
                return f"{item} sold out"
            case ("paying", ("select", item)):
                price = self.PRICES[item]
                if self.credit < price:
                    return f"need {price - self.credit} more for {item}"
                self.stock[item] -= 1
                self.credit -= price
                self.state = "paying" if self.credit else "idle"
                return f"vend {item}, credit {self.credit}"
            case ("idle", ("select", _)):
                return "insert coins first"
            case (_, "refund") if self.credit:
                amount, self.credit = self.credit, 0
                self.state = "idle"
                return f"refund {amount}"
            case (_, "refund"):
                return "nothing to refund"
            case (state, {"service": mode}):
                self.state = "service" if mode == "on" else "idle"
                return f"service {mode} (was {state})"
            case ("service", ("restock", item, n)):
                self.stock[item] = self.stock.get(item, 0) + n
                return f"restocked {item} to {self.stock[item]}"
            case (state, other):
                return f"ignored {other!r} in {state}"


m = Machine()
events = [
    ("select", "cola"),
    ("coin", 100),
    ("coin", 25),
    ("coin", "slug"),
    ("select", "cola"),
    ("coin", 50),
    ("select", "water"),
    ("select", "cola"),
    ("select", "cola"),
    "refund",
    "refund",
    ("coin", 50),
    ("select", "gum"),
    {"service": "on", "by": "tech"},
    ("restock", "gum", 3),
    ("coin", 10),
    {"service": "off"},
    ("select", "gum"),
    ("coin", 10),
    ("coin", 10),
    ("select", "gum"),
    42,
]
for ev in events:
    before = m.state
    print(f"{before:>8} {ev!r:34} -> {m.handle(ev)}")
print("final:", m.state, m.credit, sorted(m.stock.items()))
