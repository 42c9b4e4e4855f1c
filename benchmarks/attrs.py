# Measures attribute access: particles with many attribute reads and writes in a small physics
# update loop, and a bank ledger of account records updated by transactions.

N_PARTICLES = 400
STEPS = 5000
N_ACCOUNTS = 500
N_TRANSACTIONS = 1000000


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Particle:
    def __init__(self, i, x, y, vx, vy, mass):
        self.id = i
        self.pos = Vec(x, y)
        self.vel = Vec(vx, vy)
        self.mass = mass
        self.bounces = 0
        self.alive = True
        self.energy = 0.0


class World:
    def __init__(self, width, height, gravity):
        self.width = width
        self.height = height
        self.gravity = gravity
        self.particles = []
        self.time = 0.0
        self.collisions = 0

    def step(self, dt):
        g = self.gravity
        w = self.width
        h = self.height
        for p in self.particles:
            if not p.alive:
                continue
            p.vel.y = p.vel.y - g * dt
            p.pos.x = p.pos.x + p.vel.x * dt
            p.pos.y = p.pos.y + p.vel.y * dt
            if p.pos.x < 0.0:
                p.pos.x = -p.pos.x
                p.vel.x = -p.vel.x
                p.bounces += 1
            elif p.pos.x > w:
                p.pos.x = 2 * w - p.pos.x
                p.vel.x = -p.vel.x
                p.bounces += 1
            if p.pos.y < 0.0:
                p.pos.y = -p.pos.y
                p.vel.y = -p.vel.y * 0.9
                p.bounces += 1
                self.collisions += 1
            if p.bounces > 200:
                p.alive = False
            p.energy = 0.5 * p.mass * (p.vel.x * p.vel.x + p.vel.y * p.vel.y) + p.mass * g * p.pos.y
        self.time += dt

    def total_energy(self):
        e = 0.0
        for p in self.particles:
            e += p.energy
        return e


class Account:
    def __init__(self, number, owner, balance):
        self.number = number
        self.owner = owner
        self.balance = balance
        self.deposits = 0
        self.withdrawals = 0
        self.overdrafts = 0
        self.last = None


class Ledger:
    def __init__(self):
        self.accounts = []
        self.fees = 0
        self.volume = 0
        self.rejected = 0

    def open(self, owner, balance):
        acct = Account(len(self.accounts), owner, balance)
        self.accounts.append(acct)
        return acct

    def transfer(self, src, dst, amount):
        if src.balance < amount:
            src.overdrafts += 1
            self.rejected += 1
            fee = 2
            src.balance -= fee
            self.fees += fee
            return False
        src.balance -= amount
        dst.balance += amount
        src.withdrawals += 1
        dst.deposits += 1
        src.last = dst.number
        dst.last = src.number
        self.volume += amount
        return True


def simulate():
    world = World(100.0, 80.0, 9.81)
    x = 12345
    for i in range(N_PARTICLES):
        x = (x * 1103515245 + 12345) % 2147483648
        px = (x % 10000) / 100.0
        x = (x * 1103515245 + 12345) % 2147483648
        py = (x % 8000) / 100.0
        x = (x * 1103515245 + 12345) % 2147483648
        vx = (x % 2001 - 1000) / 50.0
        vy = ((x >> 11) % 2001 - 1000) / 50.0
        world.particles.append(Particle(i, px, py, vx, vy, 1.0 + (x >> 5) % 7))
    for s in range(STEPS):
        world.step(0.01)
    bounces = 0
    for p in world.particles:
        bounces += p.bounces
    return world, bounces


def bank():
    ledger = Ledger()
    for i in range(N_ACCOUNTS):
        ledger.open("owner" + str(i % 97), 1000 + (i * 37) % 500)
    accts = ledger.accounts
    n = len(accts)
    x = 99
    ok = 0
    for t in range(N_TRANSACTIONS):
        x = (x * 1103515245 + 12345) % 2147483648
        a = accts[x % n]
        b = accts[(x >> 12) % n]
        if a is b:
            continue
        if ledger.transfer(a, b, 1 + (x >> 20) % 300):
            ok += 1
    total = 0
    richest = accts[0]
    for a in accts:
        total += a.balance
        if a.balance > richest.balance:
            richest = a
    return ledger, ok, total, richest


def main():
    world, bounces = simulate()
    print("particles", N_PARTICLES, STEPS, bounces, world.collisions, round(world.total_energy(), 3))
    ledger, ok, total, richest = bank()
    print("ledger", ok, ledger.rejected, ledger.fees, ledger.volume, total, richest.number, richest.owner)
    check = (bounces * 7919 + world.collisions * 31 + int(world.total_energy()) + ok * 13
             + ledger.volume + total + richest.balance) % 1000000007
    print("attrs checksum", check)


main()
