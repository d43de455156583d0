#!/usr/bin/env python3
"""Generates the compact company and legal-form tables under data/orgs/ from
../shared/gazetteers (run from the repository root; output is committed).

Origin of the data (facts only, no code):
- SEC company_tickers_exchange.json: US government work, public domain.
- cleanco 2.3 termdata (MIT) and GLEIF ISO 20275 ELF code list v1.6 (CC0): legal forms.

data/orgs/sec-companies.tsv: cik, core name (legal forms stripped), tickers (comma
separated), exchange. Rows whose core is a single everyday word ("Target",
"Block", "News") are left out: in running text that word is mostly not the
company (such companies belong in curated.txt with their aliases). The
everyday-word list is every word seen in lower case in the TimeML corpus.
data/orgs/legal-forms.tsv: form, strong (1 = may propose an unknown company
after a capitalized name; 0 = only stripped from names already recognised).
"""
import csv, json, re, glob, os, sys

SHARED = os.environ.get("SHARED", "../shared")
G = f"{SHARED}/gazetteers"

def everyday_words():
    words = set()
    for path in glob.glob(f"{SHARED}/corpora/timeml/*/*.tml"):
        text = re.sub(r"<[^>]+>", " ", open(path, encoding="utf-8").read())
        words.update(w for w in re.findall(r"\b[a-z][a-z]+\b", text))
    return words

suffix_terms = json.load(open(f"{G}/legal-suffixes.json"))["unique_terms"]
gleif = []
for row in csv.DictReader(open(f"{G}/gleif-elf-code-list-v1.6-2026-02-19.csv", encoding="utf-8")):
    if row["ELF Status ACTV/INAC"] != "ACTV":
        continue
    for col in ("Abbreviations Local language", "Abbreviations transliterated"):
        for a in row[col].split(";"):
            a = a.strip()
            if a and a.isascii():
                gleif.append(a)

# Strip list: every term, compared case-insensitively without punctuation.
def norm(s):
    return re.sub(r"[^a-z0-9& ]", "", s.lower()).strip()

strip_terms = sorted({norm(t) for t in suffix_terms + gleif if norm(t)}, key=lambda t: (-len(t), t))
# SEC names are cut with cleanco's terms only: GLEIF also lists "Fund", "Trust"
# and single letters, which would turn "China Fund, Inc." into "China".
sec_strip_terms = sorted({norm(t) for t in suffix_terms if norm(t)}, key=lambda t: (-len(t), t))
countries = set()
for row in csv.DictReader(open(f"{G}/gleif-elf-code-list-v1.6-2026-02-19.csv", encoding="utf-8")):
    countries.add(row["Country of formation"].strip().lower())

# Strong forms: the common international designators, kept only when the
# source lists have them; a short list on purpose (GLEIF also lists "Bund",
# "Canton", "NA" ... which name no company in English news).
STRONG = ["Inc.", "Inc", "Corp.", "Corp", "Co.", "Ltd.", "Ltd", "LLC", "L.L.C.", "LLP", "plc", "PLC",
          "GmbH", "AG", "S.A.", "SA", "N.V.", "NV", "B.V.", "BV", "SpA", "S.p.A.", "SE", "AB", "ASA",
          "Oyj", "KGaA", "S.A.S.", "SAS", "SARL", "Pty Ltd", "Pty. Ltd.", "Pte. Ltd.", "Limited",
          "Corporation", "Incorporated", "GmbH & Co. KG", "L.P.", "LP", "S.A.B. de C.V.", "Sdn Bhd", "Tbk",
          # Added 2026-12-07: the designators of Nordic, Central European,
          # Iberian, Latin American, Indian, Malaysian and Japanese companies as
          # English editions print them after the name (Norwegian "AS", Danish
          # "A/S" and "ApS", Finnish "Oy", Czech and Slovak "a.s." and "s.r.o.",
          # Polish "Sp. z o.o.", Hungarian "Kft." / "Zrt." / "Nyrt.", Slovenian
          # and Croatian "d.o.o.", Italian "S.r.l.", Spanish "S.L.", Brazilian
          # "Ltda.", Peruvian "S.A.A.", Mexican "S.A.B.", Indian "Pvt. Ltd." /
          # "Private Limited", Malaysian "Bhd", Japanese "K.K.", Egyptian
          # "S.A.E.", Omani "SAOC"). Each is in cleanco's or GLEIF's lists;
          # all are matched case-sensitively after a capitalized name.
          "AS", "A/S", "ApS", "Oy", "a.s.", "s.r.o.", "Sp. z o.o.", "Kft.", "Zrt.", "Nyrt.", "d.o.o.",
          "S.r.l.", "Srl", "S.L.", "Ltda", "Ltda.", "S.A.A.", "S.A.B.", "Pvt Ltd", "Pvt. Ltd.",
          "Private Limited", "Pte Ltd", "Bhd", "K.K.", "S.A.E.", "SAOC", "Tbk."]
listed = set(gleif) | {t for t in suffix_terms}
listed_norm = {norm(t) for t in listed}
strong = {t for t in STRONG if t in listed or norm(t) in listed_norm}
# Designators of Gulf and post-Soviet public companies that neither source
# lists (cleanco 2.3 has only Oman's SAOG / SAOC; GLEIF v1.6 codes these forms
# by their local-language names): public joint-stock company in the UAE
# (Commercial Companies Law, Federal Decree-Law 32 of 2021) and Russia
# (Federal Law 208-FZ: PJSC, formerly OJSC), Qatar's Q.P.S.C., Kuwait's K.S.C.P.
GULF_CIS = ["PJSC", "P.J.S.C.", "OJSC", "JSC", "Q.P.S.C.", "QPSC", "K.S.C.P.", "SAOG"]
strong |= set(GULF_CIS)
# Vietnam's joint-stock company (Law on Enterprises 2020, "công ty cổ phần")
# as English editions write it in full after the name ("Hoa Binh Freight
# Joint Stock Company"); neither source lists the English words.
VIETNAM = ["Joint Stock Company"]
strong |= set(VIETNAM)
# Spain's cooperative society (Ley 27/1999 de Cooperativas), as lists of
# fined or subsidised firms print it after the name ("Almenara Unida
# S.Coop."); GLEIF lists "S.Coop" (Spain) and "S. Coop." (Argentina).
SPAIN_COOP = ["S.Coop.", "S.Coop", "S. Coop."]
strong |= set(SPAIN_COOP)
# Poland's limited-liability company as its own registry writes it, in lower
# case ("Zielarnia Holding sp. z o.o."; GLEIF v1.6 lists this abbreviation,
# the capitalized "Sp. z o.o." is cleanco's).
NATIONAL_MORE = ["sp. z o.o."]
strong |= set(NATIONAL_MORE)
everyday = everyday_words()

with open("data/orgs/legal-forms.tsv", "w") as out:
    out.write("# form\tstrong  (generated by scripts/gen-org-gazetteer.py from cleanco 2.3 termdata (MIT) and GLEIF ELF v1.6 (CC0))\n")
    rows = {t: 0 for t in strip_terms}
    for t in strong:
        rows[t] = 1
    for t in sorted(rows):
        out.write(f"{t}\t{rows[t]}\n")

def core_name(title, recase=True):
    t = title.strip()
    t = re.sub(r"\s*[/\\][A-Z]{2,3}[/\\]?\s*$", "", t)  # /DE/ state tags
    for _ in range(4):
        t = t.rstrip(" ,.")
        low = norm(t)
        cut = False
        for term in sec_strip_terms:
            if low.endswith(" " + term) and len(low) > len(term) + 2:
                # remove as many trailing words as the term has
                n = len(term.split())
                words = t.split()
                t = " ".join(words[:-n])
                cut = True
                break
        if t.upper().endswith(" COM"):
            t = t[:-4]; cut = True
        if not cut:
            break
    t = t.rstrip(" ,.&")
    if recase and (t.isupper() or not any(c.islower() for c in t)):
        t = " ".join(w if (len(w) <= 3 and not re.search(r"[AEIOUY]", w)) or "&" in w else w.capitalize() for w in t.split())
    return t

rows = json.load(open(f"{G}/sec-company-tickers-exchange.json"))["data"]
by_cik = {}
order = []
for cik, name, ticker, exch in rows:
    if cik not in by_cik:
        by_cik[cik] = {"name": name, "tickers": [], "exchange": exch or ""}
        order.append(cik)
    if ticker and ticker not in by_cik[cik]["tickers"]:
        by_cik[cik]["tickers"].append(ticker)

seen = set()
kept = 0
with open("data/orgs/sec-companies.tsv", "w") as out:
    out.write("# cik\tname\ttickers\texchange  (generated by scripts/gen-org-gazetteer.py from SEC company_tickers_exchange.json, public domain; ../shared/gazetteers/README.md)\n")
    for cik in order:
        e = by_cik[cik]
        core = core_name(e["name"])
        key = core.lower()
        if len(core) < 3 or key in seen:
            continue
        if " " not in core and (key in everyday or key in countries or not re.search(r"[A-Za-z]{2}", core)):
            continue
        seen.add(key)
        kept += 1
        out.write(f"{cik}\t{core}\t{','.join(e['tickers'])}\t{e['exchange']}\n")
print(f"{kept} companies, {len(strip_terms)} legal forms ({len(strong)} strong)", file=sys.stderr)

# Index constituents outside the SEC list: the companies of twenty stock
# indices of Europe, Japan and the US (AEX, BEL 20, CAC 40, CAC Mid 60, DAX,
# MDAX, SDAX, TecDAX, EURO STOXX 50, FTSE 100, IBEX 35, Nikkei 225, OMX
# Helsinki 25, OMX Stockholm 30, SMI, S&P 500 / 600 / 100, Nasdaq 100, Dow
# Jones) as listed by the pytickersymbols package (MIT; its data is compiled
# from the indices' public constituent lists and Wikipedia). Facts only: the
# names, ISINs and home tickers, read from the package's data module. Run with
# the package importable (`pip download pytickersymbols==1.17.10`, unzip the
# wheel, PYTHONPATH=that folder); without it the committed table is kept.
# data/orgs/index-companies.tsv: id (isin:CODE, or index:TICKER where the list
# gives no ISIN), core name (legal forms stripped as for the SEC names),
# tickers (the home listing's, exchange suffix cut: "TSCO.L" -> "TSCO"),
# indices. Names the SEC table already has are left out, and companies that
# are only in US indices (the SEC table has them under their filed names), and one-word names
# that are everyday words, as above.
try:
    from pytickersymbols.indices_data import INDICES
except ImportError:
    INDICES = None
    print("pytickersymbols not importable: data/orgs/index-companies.tsv kept as committed", file=sys.stderr)
US_INDICES = {"DOW JONES", "NASDAQ 100", "S&P 100", "S&P 500", "S&P 600"}
# One-word names that English news mostly writes for something else (a word,
# a place or person, another organization with the same initials): read by
# hand from the table's 327 one-word names.
AMBIGUOUS = {"Continental", "Disco", "Evolution", "Hexagon", "Kingfisher", "Recruit", "Puma", "Sto",
             "Olympus", "Vinci", "Toto", "Sage", "MLP", "SSE", "SCA", "Elis",
             # and the first words of "X Group" names that stand alone for something else
             "Phoenix", "Admiral", "Compass", "Partners", "Weir", "Norma", "Verve", "Indus", "Hub",
             "Everest", "Alamo", "Match", "Arm"}
places = {l.split("\t")[0].strip().lower() for l in open("data/orgs/places.tsv", encoding="utf-8")
          if l.strip() and not l.startswith("#")}
if INDICES is not None:
    by_name = {}
    for index, data in sorted(INDICES.items()):
        for c in data.get("companies") or []:
            name = (c.get("name") or "").strip()
            if not name:
                continue
            e = by_name.setdefault(name, {"c": c, "indices": []})
            label = (data.get("name") or index).replace("_", " ")
            if label not in e["indices"]:
                e["indices"].append(label)
    index_kept = 0
    with open("data/orgs/index-companies.tsv", "w") as out:
        out.write("# id\tname\ttickers\tindices  (generated by scripts/gen-org-gazetteer.py from the pytickersymbols 1.17.10 "
                  "package's constituent lists (MIT); see the script)\n")
        for name in sorted(by_name, key=str.lower):
            c, indices = by_name[name]["c"], by_name[name]["indices"]
            if not [i for i in indices if i not in US_INDICES]:
                continue  # US companies: the SEC table has them under their filed names
            # "Wiley (publisher)": Wikipedia's disambiguation; "Investor B",
            # "Industrivärden C": a share class, not part of the name.
            name = re.sub(r"\s*\([^)]*\)$", "", name)
            name = re.sub(r"^(\S+[a-zäöå])[A-C]$|\s+[A-C]$", r"\1", name)
            core = core_name(name, recase=False)
            # "Lufthansa Group", "Japan Post Holdings": news writes the name
            # without the group word, and the rules find the longer form from
            # its head word, unless the word left alone reads as something else
            # ("Phoenix Group", "Partners Group" stay whole); "The Qt Company" is "Qt".
            short = re.sub(r" (?:Group|Holdings?)$", "", core)
            if " " in short or not (short in AMBIGUOUS or short.lower() in everyday or short.lower() in places):
                core = short
            core = re.sub(r"^The ", "", core)
            key = core.lower()
            if len(core) < 3 or key in seen or core in AMBIGUOUS:
                continue
            if " " not in core and (key in everyday or key in countries or key in places
                                    or not re.search(r"[A-Za-z]{2}", core)):
                continue
            home = (c.get("symbol") or "").strip()
            ticker = re.sub(r"\.[A-Z]{1,3}$", "", home) if home and home != "-" else ""
            isins = [i for i in c.get("isins") or [] if re.fullmatch(r"[A-Z]{2}[A-Z0-9]{9}[0-9]", i)]
            if isins:
                ident = f"isin:{isins[0]}"
            elif ticker:
                ident = f"index:{ticker}"
            else:
                continue
            seen.add(key)
            index_kept += 1
            out.write(f"{ident}\t{core}\t{ticker}\t{','.join(indices)}\n")
    print(f"{index_kept} index companies outside the SEC table", file=sys.stderr)
