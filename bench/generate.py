#!/usr/bin/env python3
"""Generates realistic summaries of the genre for the benchmark.

The layouts are those of the seeds and the corpus (Roman-numbered sections with "Session N:" and
role lines, numbered sections with "(n) Session One" and "Mr. X, affiliation, verb ..." paragraphs,
chair's summaries with a dateline and a venue); names, organisations, themes, dates and lengths
vary. The sentences are taken from the samples and the corpus, so the text reads like the genre.
A fixed seed makes every run generate the same documents, so every run measures the same work.

usage: generate.py COUNT OUTDIR [--seed N] [--scale K]   (K multiplies the length of a document)
"""
import argparse
import pathlib
import random
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
GIVEN = ["Sadako", "Amartya", "Yukio", "Keizo", "Maria", "Rahul", "Grace", "Chen", "Ana", "Lincoln", "Sonia",
         "Kalman", "Peter", "Yoriko", "Tadashi", "Hiroshi", "Aiko", "Kenji", "Nadia", "Omar", "Ingrid", "Pablo",
         "Mei", "Juan", "Fatima", "Lars", "Akira", "Sunita", "Thabo", "Elena", "Kofi", "Lucia", "Ravi", "Yuki"]
FAMILY = ["Ogata", "Sen", "Takasu", "Takemi", "Lopez", "Mehta", "Obi", "Wei", "Silva", "Chen", "Picado",
          "Mizsei", "Sutherland", "Kawaguchi", "Yamamoto", "Tanaka", "Suzuki", "Sato", "Haddad", "Farouk",
          "Larsen", "Moreno", "Li", "Garcia", "Rahman", "Nilsson", "Kimura", "Sharma", "Nkosi", "Petrova",
          "Annan", "Rossi", "Iyer", "Hayashi", "Koumura", "Nakai", "Noda", "Konuma", "Doden", "Katori"]
HONORIFICS = ["Mr.", "Ms.", "Dr.", "Prof.", "Amb."]
TITLES = ["Professor", "Director", "Senior Fellow", "Deputy Director-General", "Ambassador",
          "Programme Officer", "Head of Office", "Research Fellow", "Regional Representative", "Senior Adviser"]
ORGS = ["University of Tokyo", "Waseda University", "Chuo University", "United Nations Development Programme (UNDP)",
        "JICA Research Institute", "Ministry of Foreign Affairs", "Commission on Human Security",
        "FAO Regional Office for Asia and the Pacific", "Japan Center for International Exchange (JCIE)",
        "Institute of Southeast Asian Studies", "World Health Organization", "Asian Development Bank",
        "International Labour Organization", "Graduate School of Asia-Pacific Studies of Waseda University"]
THEMES = ["Human Security", "Peacebuilding", "Disaster Risk Reduction", "Global Health", "Maritime Security",
          "Food Security", "Climate and Migration", "Education in Emergencies", "Women, Peace and Security",
          "Water Security", "Refugee Protection", "Trafficking in Persons"]
KINDS = ["Symposium", "International Symposium", "Seminar", "Workshop", "Forum", "Meeting"]
VENUES = ["Akasaka Prince Hotel", "Komaba Campus of the University of Tokyo", "Okuma Auditorium of Waseda University",
          "Mita Conference Hall", "United Nations University", "Takanawa Prince Hotel", "Iikura Guest House"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
NUMBERS = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight"]
ROMAN = ["I", "II", "III", "IV", "V", "VI"]


def sentence_pool():
    """Sentences of the genre, from bullet points and paragraphs of the samples and the corpus."""
    sources = list((ROOT / "samples").glob("*.txt")) + list((ROOT / "Tests/Fixtures/corpus").glob("*.txt"))
    pool = []
    for path in sources:
        for line in path.read_text(encoding="utf-8").splitlines():
            text = re.sub(r"^\s*(?:[-•]+\s*|\(\d+\)\s*|\d+\.\s*)", "", line).strip()
            # Sentences that name no one, so that a generated document names only its own people.
            if len(text) > 60 and text.endswith(".") and not re.search(r"\b(?:Mr|Ms|Dr|Prof|Amb)\.|[A-Z][a-z]+ [A-Z][a-z]+,", text):
                pool.append(text)
    return sorted(set(pool))


class Document:
    def __init__(self, rng, pool, index, scale):
        self.rng, self.pool, self.index, self.scale = rng, pool, index, scale
        self.year = rng.randint(2001, 2012)
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 28)
        self.theme = rng.choice(THEMES)
        self.kind = rng.choice(KINDS)
        self.used = set()

    def person(self):
        while True:
            name = f"{self.rng.choice(GIVEN)} {self.rng.choice(FAMILY)}"
            if name not in self.used:
                self.used.add(name)
                return name

    def affiliation(self):
        return f"{self.rng.choice(TITLES)}, {self.rng.choice(ORGS)}"

    def sentences(self, low, high):
        return [self.rng.choice(self.pool) for _ in range(self.rng.randint(low, high) * self.scale)]

    def roman_layout(self):
        r, lines = self.rng, []
        lines += [f"{self.kind} on {self.theme}", f"\"{self.theme} - {r.choice(THEMES)} in an Era of Change\"",
                  "(Summary) *", "",
                  "* This summary in English is the translation of the Japanese summary and the wording is not necessarily the same as what speakers actually used.",
                  "", f"{MONTHS[self.month - 1]} {self.year}", ""]
        opener, closer = self.person(), self.person()
        lines += [f"On {MONTHS[self.month - 1]} {self.day}, the Ministry of Foreign Affairs organized a {self.kind.lower()} under the theme of \"{self.theme}\" at {r.choice(VENUES)}, in which experts in various fields participated.",
                  f"Parliamentary Secretary for Foreign Affairs, {opener} made opening remarks. In closing the {self.kind.lower()}, Minister for Foreign Affairs, {closer}, made a speech.", ""]
        lines += ["I. Significance", ""] + [s + "\n" for s in self.sentences(1, 3)]
        lines += ["II. Discussions", ""]
        for number in range(1, r.randint(2, 5) + 1):
            lines += [f"Session {number}: {r.choice(THEMES)} and {r.choice(THEMES).lower()}", ""]
            moderator, lead, panelists = self.person(), self.person(), [self.person() for _ in range(r.randint(2, 4))]
            lines += [f"Moderator: {moderator}, {self.affiliation()}", f"Lead-off: {lead}, {self.affiliation()}"]
            lines += ["Panelists: " + f"{panelists[0]}, {self.affiliation()}"] + [f"{p}, {self.affiliation()}" for p in panelists[1:]]
            lines += ["", f"(1) {lead}, made a lead-off presentation.", ""]
            lines += [f"-- {s}\n" for s in self.sentences(2, 4)]
            lines += ["(2) Next there were statements by " + ", ".join(panelists[:-1]) + f", and {panelists[-1]}.", ""]
            for i, panelist in enumerate(panelists, 1):
                lines += [f"  {i}. {panelist}, panelist", ""] + [f"    -- {s}\n" for s in self.sentences(1, 3)]
            lines += ["(3) In the question-and-answer session, lively discussions took place on " + r.choice(self.pool).lower(), ""]
        lines += ["Back to Index"]
        return lines

    def numbered_layout(self):
        r, lines = self.rng, []
        lines += [f"{self.kind} on {self.theme}", f"-- {r.choice(THEMES)} in Asia --", "", "Summary and Evaluation", "",
                  f"{self.day} {MONTHS[self.month - 1]}, {self.year}", "", "1. Summary", "",
                  f"On {self.day}th {MONTHS[self.month - 1]}, {self.year}, the Ministry of Foreign Affairs of Japan and the {r.choice(ORGS)} co-organized \"{self.kind} on {self.theme}\" on the {r.choice(VENUES)}. " + " ".join(self.sentences(1, 2)),
                  "", "2. Evaluation", ""]
        lines += [f"  • {s}\n" for s in self.sentences(3, 5)]
        lines += ["3. Essence of Each Section", "", "(1) Opening Remarks", ""]
        for _ in range(2):
            name = self.person().split()[1]
            lines += [f"{r.choice(HONORIFICS)} {name}, {self.affiliation()}, noted that {r.choice(self.pool)[0].lower()}{r.choice(self.pool)[1:]}", ""]
        for number in range(r.randint(2, 5)):
            lines += [f"({number + 2}) Session {NUMBERS[number]}", "",
                      f"Panelists gave presentations under the theme of \"{r.choice(THEMES)} in ASEAN.\"", ""]
            for _ in range(r.randint(2, 4)):
                name = self.person().split()[1]
                lines += [f"{r.choice(HONORIFICS)} {name}, {self.affiliation()}, introduced the project. " + " ".join(self.sentences(1, 3)), ""]
            lines += ["In the following Q&A Session, there was a question on " + r.choice(self.pool).lower(), ""]
        lines += ["", "Back to Index"]
        return lines

    def chair_layout(self):
        r, lines = self.rng, []
        chair = self.person()
        lines += ["Chair's Summary", f"\"Friends of {self.theme}\" Meeting", "",
                  f"{self.day} {MONTHS[self.month - 1]} {self.year}", "13:15 to 18:00", r.choice(VENUES), "New York", "",
                  f"The meeting of \"Friends of {self.theme}\" was held on {self.day} {MONTHS[self.month - 1]} {self.year}. H.E. Mr. {chair}, {self.affiliation()}, acted as the Chair of the meeting.", ""]
        for heading in ["General Information", "Opening Remarks", "Discussion"]:
            lines += [heading] + [" ".join(self.sentences(1, 3)) for _ in range(r.randint(1, 3))]
            lines += [f"Ambassador {self.person()} of {r.choice(['Mexico', 'Chile', 'Norway', 'Japan', 'Kenya'])} echoed the remarks and stressed that {r.choice(self.pool)[0].lower()}{r.choice(self.pool)[1:]}"]
        return lines

    def text(self):
        layout = [self.roman_layout, self.numbered_layout, self.chair_layout][self.index % 3]
        return "\n".join(layout()) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int)
    parser.add_argument("outdir")
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--scale", type=int, default=1)
    args = parser.parse_args()
    out = pathlib.Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    pool = sentence_pool()
    rng = random.Random(args.seed)
    for index in range(args.count):
        document = Document(random.Random(rng.getrandbits(64)), pool, index, args.scale)
        (out / f"summary-{index:05d}.txt").write_text(document.text(), encoding="utf-8")


if __name__ == "__main__":
    main()
