#!/usr/bin/env python3
"""Writes examples/small: a hand-shaped example of about fifteen hundred persons in format v1.

Not a simulation (that is `saldo synth`): a small, readable dataset that exercises every part of
the method — moves between and inside municipalities, to and from the rest of the country, stays
abroad, students, care homes, an AZC in Westerwolde, an overlay across municipal borders. The
committed CSVs are the product; this script documents how they were made (python3 make_small.py).
"""
import csv, os, random
from datetime import date, timedelta

rnd = random.Random(2018)
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "small")
study = os.path.join(here, "..", "saldo-core", "src", "main", "resources", "nl", "saldo", "core",
                     "studies", "noord-nederland-2018", "gemeenten.csv")
gemeenten = list(csv.DictReader(open(study, encoding="utf-8")))
rest = [("GM0363", 3200), ("GM0599", 2800), ("GM0344", 2600), ("GM0193", 1600)]  # Amsterdam, Rotterdam, Utrecht, Zwolle

buurten = []  # (buurt_code, gemeente_code, oad)
for g in gemeenten:
    code = g["gemeente_code"][2:]
    city = g["area_type"] == "provinciehoofdstad"
    for i, oad in enumerate([2700, 1700, 1100] if city else [900, 350]):
        buurten.append((f"BU{code}{i:04d}", g["gemeente_code"], oad + rnd.randint(-40, 40)))
for code, oad in rest:
    buurten.append((f"BU{code[2:]}0000", code, oad))
by_gemeente = {}
for b in buurten:
    by_gemeente.setdefault(b[1], []).append(b[0])
capitals = ["GM0014", "GM0080", "GM0106"]

addresses = []
def new_address(buurt):
    addresses.append((f"A{len(addresses) + 1:05d}", buurt))
    return addresses[-1][0]
azc = new_address("BU19500001")  # the asylum centre at Ter Apel (Westerwolde)

persons, residences, incomes = [], [], []
def d(y, m=1, day=1):
    return date(y, m, day)

def add_person(birth, origin, entry=None):
    pid = f"P{len(persons) + 1:04d}"
    persons.append((pid, birth.isoformat(), origin, (entry or birth).isoformat()))
    return pid

def add_incomes(pid, kind_by_year):
    for year in range(2010, 2019):
        kind = kind_by_year(year)
        if kind is None:
            continue
        household, student, pct = kind
        incomes.append((pid, year, household, "true" if student else "false", "" if pct is None else pct))

def random_gemeente(weights_city=0.3):
    if rnd.random() < weights_city:
        return rnd.choice(capitals)
    return rnd.choice(gemeenten)["gemeente_code"]

def spell_chain(pid, start, stops):
    """stops: list of (date the person arrives, buurt); the last spell stays open."""
    current = start
    for i, (arrive, buurt) in enumerate(stops):
        end = stops[i + 1][0] if i + 1 < len(stops) else None
        residences.append((pid, new_address(buurt), arrive.isoformat(), "" if end is None else end.isoformat()))

# 1. Settled households: most stay, some move within or between municipalities.
for n in range(1100):
    birth = d(rnd.randint(1940, 1990), rnd.randint(1, 12), rnd.randint(1, 28))
    home = rnd.choice(by_gemeente[random_gemeente()])
    pct = rnd.choice([85, 95, 101, 120, 140, 150, 180, 240, 320])
    stops = [(d(rnd.randint(1995, 2009), rnd.randint(1, 12), 1), home)]
    if rnd.random() < 0.45:
        when = d(rnd.randint(2011, 2016), rnd.randint(1, 12), rnd.randint(1, 28))
        target = rnd.choice(by_gemeente[random_gemeente(0.25)] if rnd.random() < 0.7
                            else by_gemeente[stops[0][1][:2].replace("BU", "GM") + stops[0][1][2:6]])
        stops.append((when, target))
    pid = add_person(birth, rnd.choice(["nl"] * 8 + ["western", "non_western"]))
    spell_chain(pid, None, stops)
    drift = rnd.choice([-10, 0, 0, 10, 20])
    add_incomes(pid, lambda y: ("private", False, max(40, pct + drift * (y - 2010) // 4)))

# 2. Students: leave home in the country side for Groningen or Leeuwarden, some leave after graduating.
for n in range(160):
    birth = d(rnd.randint(1992, 1996), rnd.randint(1, 12), rnd.randint(1, 28))
    home = rnd.choice(by_gemeente[random_gemeente(0.0)])
    city = rnd.choice(["GM0014", "GM0014", "GM0080"])
    leave = d(birth.year + 18, 9, 1)
    stops = [(birth, home), (leave, rnd.choice(by_gemeente[city]))]
    if rnd.random() < 0.5:
        stops.append((d(leave.year + 4, 8, 1), rnd.choice(by_gemeente[rnd.choice(["GM0363", "GM0344", "GM0193"])])))
    pid = add_person(birth, "nl")
    spell_chain(pid, None, stops)
    add_incomes(pid, lambda y, s=stops: ("private", s[1][0].year <= y - 1 < s[1][0].year + 4, 130 if y < 2011 else 220))

# 3. Newcomers from the rest of the country, some with lower incomes to krimp areas.
for n in range(120):
    birth = d(rnd.randint(1960, 1990), rnd.randint(1, 12), 15)
    origin_buurt = rnd.choice(["BU03630000", "BU05990000", "BU03440000"])
    target = rnd.choice([g for g in gemeenten if g["area_type"] in ("krimp", "overig")])["gemeente_code"]
    pid = add_person(birth, "nl")
    spell_chain(pid, None, [(d(2005, 3, 1), origin_buurt),
                            (d(rnd.randint(2011, 2016), rnd.randint(1, 12), 1), rnd.choice(by_gemeente[target]))])
    pct = rnd.choice([80, 95, 110, 160])
    add_incomes(pid, lambda y: ("private", False, pct))

# 4. Care-home residents (institutional households) who move to a care home.
for n in range(15):
    birth = d(rnd.randint(1925, 1940), 6, 1)
    g = random_gemeente(0.2)
    pid = add_person(birth, "nl")
    moved = d(rnd.randint(2011, 2016), rnd.randint(1, 12), 1)
    spell_chain(pid, None, [(d(1980, 1, 1), rnd.choice(by_gemeente[g])), (moved, rnd.choice(by_gemeente[g]))])
    add_incomes(pid, lambda y, m=moved: ("institutional", False, None) if y > m.year else ("private", False, 130))

# 5. The AZC at Ter Apel: 30 asylum seekers from abroad, who later move to regular housing.
for n in range(30):
    birth = d(rnd.randint(1970, 2000), rnd.randint(1, 12), 10)
    entry = d(rnd.randint(2008, 2014), rnd.randint(1, 12), 1)
    pid = add_person(birth, "non_western", entry)
    stops = [(entry, None)]
    residences.append((pid, azc, entry.isoformat(), ""))
    if rnd.random() < 0.7:
        leave = entry + timedelta(days=rnd.randint(200, 900))
        residences[-1] = (pid, azc, entry.isoformat(), leave.isoformat())
        residences.append((pid, new_address(rnd.choice(by_gemeente[random_gemeente(0.4)])), leave.isoformat(), ""))
    add_incomes(pid, lambda y: ("private", False, rnd.choice([60, 80, 95, None])))

# 6. Stays abroad: a gap of more than a day between two spells is no domestic move.
for n in range(10):
    birth = d(1980, 5, 5)
    pid = add_person(birth, "western")
    first = rnd.choice(by_gemeente[random_gemeente()])
    residences.append((pid, new_address(first), "2005-01-01", "2012-06-01"))
    residences.append((pid, new_address(rnd.choice(by_gemeente[random_gemeente()])), "2013-06-01", ""))
    add_incomes(pid, lambda y: ("private", False, 200))

overlay = [b for b in buurten if b[1] in ("GM0040", "GM0037", "GM0765", "GM1950", "GM1731") and b[0].endswith("0001")]

os.makedirs(os.path.join(out, "data"), exist_ok=True)
os.makedirs(os.path.join(out, "areas", "overlays"), exist_ok=True)
def write(path, header, rows):
    with open(os.path.join(out, path), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
write("data/persons.csv", ["person_id", "birth_date", "origin", "register_entry_date"], persons)
write("data/residences.csv", ["person_id", "address_id", "start_date", "end_date"], residences)
write("data/addresses.csv", ["address_id", "buurt_code"], addresses)
write("data/incomes.csv", ["person_id", "year", "household_kind", "student", "income_pct"], incomes)
write("areas/buurten.csv", ["buurt_code", "gemeente_code", "oad"], buurten)
write("areas/gemeenten.csv", ["gemeente_code", "gemeente_name", "province", "region", "area_type"],
      [(g["gemeente_code"], g["gemeente_name"], g["province"], g["region"], g["area_type"]) for g in gemeenten])
write("areas/overlays/veenkolonien.csv", ["buurt_code"], [(b[0],) for b in overlay])
print(len(persons), "persons,", len(residences), "spells,", len(incomes), "income rows")
