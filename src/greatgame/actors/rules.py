"""Context rules of the linker: acronyms, title phrases, metonym and demonym roles, name shapes, spans.

What: small pure functions over text and spaCy tokens that the linker asks
"is this acronym defined here?", "which title and state does this phrase
name?", "is this capital acting (a state) or a location (a place)?".
Why: these are the places where analysis writing differs from plain NER;
keeping them apart from the matching machinery keeps each testable with a
hand-built Doc or a string.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from spacy.lang.en.stop_words import STOP_WORDS

from ..extract.dates_grammar import MONTH_NAMES, WEEKDAYS
from ..textscan import has_word
from .given_names import GIVEN_NAMES  # noqa: F401  (people.py and tests read it from here)
from .kb import loose
from .routes import on_route

# "Collective Security Treaty Organization (CSTO)" and "CSTO (Collective Security Treaty Organization)".
_ACRO_AFTER = re.compile(r"((?:[A-Z][\w’'-]*|of|the|and|for|on|in|de|&)(?:\s+(?:[A-Z][\w’'-]*|of|the|and|for|on|in|de|&))*)"
                         r"\s*\(\s*([A-Z][A-Za-z]{1,9}s?)\s*\)")


def acronym_definitions(text: str) -> list[tuple[str, int, int, str]]:
    """(long form, start, end, acronym) where the acronym's letters spell the long form's capitals."""
    out = []
    for m in _ACRO_AFTER.finditer(text):
        long_form, acro = m.group(1).strip(), m.group(2)
        words = long_form.split()
        core = acro[:-1] if acro.endswith("s") and len(acro) > 2 else acro
        # take the shortest tail of the long form whose initials (of capitalised words) spell the acronym
        for k in range(len(words) - 1, -1, -1):
            tail = words[k:]
            initials = {"".join(w[0] for w in tail if w[0].isupper()),      # "Gorno-Badakhshan ..." (GBAO)
                        "".join(p[0] for w in tail for p in w.split("-") if p[:1].isupper())}
            if core.upper() in {i.upper() for i in initials} and tail[0][0].isupper():
                start = m.start(1) + long_form.index(" ".join(tail)) if k else m.start(1)
                out.append((" ".join(tail), start, start + len(" ".join(tail)), acro))
                break
    return out


TITLES = ("president", "vice president", "prime minister", "premier", "foreign minister", "defence minister",
          "defense minister", "foreign secretary", "secretary of state", "chancellor", "supreme leader",
          "king", "emir", "security chief", "spy chief", "interior minister", "army chief")
_TITLE_ALT = "|".join(sorted((re.escape(t) for t in TITLES), key=len, reverse=True))
# "the Kazakh president", "Kazakhstan's foreign minister", "the president of Kazakhstan"
_TITLE_BEFORE = re.compile(rf"\b(?:[Tt]he\s+)?([A-Z][\w-]+?)(?:['’]s)?\s+((?i:{_TITLE_ALT}))\b")
_TITLE_OF = re.compile(rf"\b(?:[Tt]he\s+)((?i:{_TITLE_ALT}))\s+of\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
_NOT_STATES = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "former", "then", "new", "our"}
_NAME_AFTER = re.compile(r"\s*,?\s*(?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?)?\s*[A-Z][a-z]")


def title_phrases(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, title, state text) of title phrases not followed by the holder's name."""
    out = []
    for m in _TITLE_BEFORE.finditer(text):
        if m.group(1).lower() in _NOT_STATES or _NAME_AFTER.match(text, m.end()):
            continue
        out.append((m.start(), m.end(), m.group(2).lower(), m.group(1)))
    for m in _TITLE_OF.finditer(text):
        out.append((m.start(), m.end(), m.group(1).lower(), m.group(2)))
    return out


# Dependency roles in which a capital or a demonym stands for its state.
_ACTING_DEPS = {"nsubj", "nsubjpass", "agent", "poss", "dobj", "dative", "appos", "conj", "compound"}
_ACTOR_PREPS = {"with", "by", "between", "against", "to", "from", "toward", "towards", "on", "for", "of"}
_GOV_NOUNS = {"official", "officials", "government", "governments", "authorities", "authority", "leadership",
              "leader", "leaders", "president", "side", "state", "troops", "forces", "military", "army",
              "diplomat", "diplomats", "embassy", "ministry", "minister", "ministers", "policymakers",
              "regime", "counterparts", "counterpart", "delegation", "administration", "police", "security",
              "intelligence", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "media",
              "investment", "investments", "investors", "aid", "loans", "companies", "firms", "influence",
              "interests", "policy", "foreign", "involvement", "presence", "engagement", "parliament"}


def span_root(doc, start: int, end: int):
    """The syntactic head token of the character span, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def metonym_acts(doc, start: int, end: int) -> bool:
    """True when a capital's name acts (a subject, an object, a possessor, a partner): the state, not the city."""
    root = span_root(doc, start, end)
    if root is None or on_route(doc, start, end):         # "roads from Nur-Sultan to Ashgabat": places
        return False
    if root.dep_ == "pobj":
        return root.head.lower_ in _ACTOR_PREPS
    if root.dep_ == "conj":          # "to Tbilisi and Yerevan" on a route: the first name's reading
        return metonym_acts_token(root.head) and not on_route(doc, root.head.idx, root.head.idx + len(root.head))
    return root.dep_ in _ACTING_DEPS and not _followed_by_city_word(root)


def metonym_acts_token(tok) -> bool:
    if tok.dep_ == "pobj":
        return tok.head.lower_ in _ACTOR_PREPS
    return tok.dep_ in _ACTING_DEPS


def _followed_by_city_word(tok) -> bool:
    return tok.dep_ == "compound" and tok.head.lower_ in {"city", "airport", "region", "street", "station"}


def demonym_role(doc, start: int, end: int) -> str | None:
    """How a demonym is used: 'state' (Chinese officials), 'group' (ethnic Kazakhs), or None (the language)."""
    root = span_root(doc, start, end)
    if root is None:
        return None
    if root.dep_ in ("amod", "compound", "nmod", "npadvmod"):
        head = root.head.lower_
        if head in {"people", "children", "citizens", "community", "communities", "diaspora", "minority",
                    "students", "workers", "families", "population", "language", "speakers", "culture",
                    "identity", "nationals", "migrants", "refugees", "muslims", "language"}:
            return "group"
        return "state"
    if root.tag_ in ("NNPS", "NNS") or root.text.endswith("s"):
        return "group"
    return None


# Titles and honorifics written before a person's name: "President Sean Mills", "Prof. Patrizia d'Ettorre".
PERSON_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "President", "Vice President",
                 "Prime Minister", "Deputy Prime Minister", "Foreign Minister", "Minister", "Premier", "Senator",
                 "Sen", "Rep", "Representative", "Governor", "Gov", "General", "Gen", "Judge", "Justice",
                 "Chairman", "Chairwoman", "Sheikh", "Sir", "Dame", "Lord", "Lady", "King", "Queen", "Prince",
                 "Princess", "Pope", "Ambassador", "Secretary", "Attorney", "Mayor", "Captain", "Capt", "Colonel",
                 "Col", "Lieutenant", "Lt", "Sergeant", "Sgt", "Marshal", "Admiral", "Adm", "Father", "Rev",
                 "Reverend", "Rabbi", "Imam", "Mufti", "Chancellor", "Commissioner", "Coach", "Emir", "Sultan",
                 "Ayatollah", "Patriarch", "Metropolitan", "Bishop", "Archbishop", "Cardinal")
_TITLE_WORDS = "|".join(sorted((re.escape(t) for t in PERSON_TITLES), key=len, reverse=True))
_NOT_PORTFOLIO = "|".join(w.capitalize() for w in sorted(STOP_WORDS) if w.isalpha() and w != "former")
_TITLE_TAIL = re.compile(rf"(?<![\w.])(?:(?:(?:Former|Emeritus|Acting|Deputy|Vice|Shadow)\s+)?"
                         rf"(?:(?:(?!(?:{_NOT_PORTFOLIO})\s)[A-Z][a-z]+\s+){{1,2}}(?=Minister|Secretary))?"
                         rf"(?:{_TITLE_WORDS})|(?:Major|Brigadier|Lieutenant)\s+[Gg]eneral)\.?\s+$")


def title_start(text: str, start: int) -> int:
    """Where a person mention starting at `start` begins when a capitalised title stands right before it
    ("Professor", "Home Secretary", "Environment Minister", "Major General")."""
    m = _TITLE_TAIL.search(text, max(0, start - 40), start)
    return m.start() if m and "\n" not in m.group() else start


def untitled(text: str) -> str:
    """A person's name without the title written before it ("Home Secretary Suella Braverman" -> "Suella
    Braverman"), for matching names the linker now writes with their titles."""
    for m in re.finditer(r"\s+(?=\S)", text):
        if title_start(text, m.end()) == 0:
            return text[m.end():]
    return text


_PARTICLES = {"de", "da", "di", "del", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le", "du", "dos"}
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*|[a-z]'[A-Z][\w-]*")
_INITIAL = re.compile(r"(?:[A-Z]\.)+")            # "F.", "J.R." in "James F. Paradise": not an acronym


def looks_like_name(text: str) -> bool:
    """A person's name as written: 2-5 capitalised words (particles allowed), no digits, brackets or titles."""
    words = text.split()
    if not 1 < len(words) <= 5 or any(c.isdigit() or c in "()[]/@&" for c in text):
        return False
    if any(w.rstrip(".") in PERSON_TITLES or (len(w) > 1 and w.isupper() and not _INITIAL.fullmatch(w))
           for w in words):
        return False
    return all(_NAME_WORD.fullmatch(w) or w in _PARTICLES for w in words)


ORG_HEADS = frozenset("""
Academy Agency Airlines Alliance Assembly Association Authority Bank Bureau Cabinet Centre Center Church Club
College Commission Committee Company Congress Corporation Corp Council Court Department Directorate Federation
Foundation Front Fund Group Guard Inc Institute Kommersant League Ltd Ministry Movement Network Office Org Organisation
Organization Parliament Party Police Press Service Society Tribune Union University Herald Times Post Journal News
Gazette Chronicle Courier Telegraph Inquirer Examiner Dispatch Magazine Books Publishers Publishing
""".split())
# Head words that open an organisation's name in Spanish, Portuguese, Italian, French and German ("Instituto X").
FOREIGN_ORG_HEADS = frozenset("""
Instituto Istituto Institut Universidad Universidade Università Université Universität Banco Banca Banque Partido
Partito Parti Partei Movimiento Movimento Mouvement Fundación Fundação Fondazione Fondation Stiftung Asociación
Associazione Compañía Companhia Società Société Gesellschaft Colegio Collegio Liceo Lycée Gymnasium Ministerio
""".split())


def context_label(words: list[str], title_before: bool) -> str | None:
    """PERSON or ORG for capitalised words nothing else typed, from their own shape and a title before them."""
    if title_before:
        return "PERSON"
    if len(words) >= 2 and (words[-1] in ORG_HEADS or (words[0] in ORG_HEADS and "of" in words)):
        return "ORG"                  # "George Washington University" before the given name "George"
    if words[0] in GIVEN_NAMES and 2 <= len(words) <= 3 and looks_like_name(" ".join(words)):
        return "PERSON"
    return None


_LINKERS = {"of", "for", "and", "the", "de"}
_DATE_WORDS = (MONTH_NAMES | WEEKDAYS) - {"may"}     # "Theresa May" keeps her name


def proper_runs(doc) -> list[tuple[int, int, list[str]]]:
    """(start char, end char, words) of maximal runs of proper-noun tokens, with 'of'/'for'/'and' inside; a
    weekday or month name ends a run ("Aner Shalev Wednesday, September 19")."""
    out, i, n = [], 0, len(doc)
    nnp = {doc.vocab.strings[t] for t in ("NNP", "NNPS")}     # tags compared by string id, token by token
    tags = doc.to_array("TAG").tolist() if n else []

    def proper(k: int) -> bool:
        return tags[k] in nnp and doc[k].text[:1].isupper()

    while i < n:
        if tags[i] not in nnp or not proper(i):
            i += 1
            continue
        j = i + 1
        while j < n:
            t = doc[j]
            if proper(j) and not t.whitespace_ == "\n" and t.lower_ not in _DATE_WORDS:   # "Aner Shalev Wednesday"
                j += 1
            elif t.lower_ in _LINKERS and j + 1 < n and proper(j + 1):
                j += 2
            else:
                break
        if "\n" not in doc[i:j].text:
            out.append((doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), [t.text for t in doc[i:j]]))
        i = j
    return out


# Span shapes and place contexts used by the linker.
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof|Gen|President|Minister|Premier|Chairman|Sheikh|Sir)\.?\s+")
_LOCATIVE = {"in", "at", "near", "across", "outside", "inside", "around"}
_PLACE_NOUNS = {"city", "town", "village", "region", "province", "oblast", "district", "port", "capital"}


_CREDIT = re.compile(r"\s+(?:(?:Image|File|Photo|Picture|Archived|Video)|and|or|of|the|&)\s*$")
_AFTER_NAME = re.compile(r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\s+/\s+|\s*\(")


def trim_span(s: int, e: int, text: str, keep_title: bool = False) -> tuple[int, int, str]:
    """Strip a leading footnote marker ("[15] Xi Chen"), 'the', honorifics (unless `keep_title`), a trailing
    possessive and punctuation from a span; complete an abbreviation's last full stop ("Washington D.C" + ".");
    end it at a line break, before a caption's credit word ("Washington D.C. Image", "NASA Administrator\n\nFile":
    a name never runs on into the next paragraph), before a weekday or a spaced slash ("Gazprom Monday said",
    "Reuters / Ipsos"), before an opening bracket ("X Oblast (XO") and before a dangling "and"/"of"."""
    cut = text.find("\n", s, e)
    if cut > s:
        e = cut
    m = _CREDIT.search(text, s, e)
    if m and m.start() > s:
        e = m.start()
    m = _AFTER_NAME.search(text, s, e)                # "Gazprom Monday", "Newsmax / Zogby": the name ends
    if m and m.start() > s:
        e = m.start()
    if e < len(text) and text[e] == "." and re.search(r"\b[A-Z]\.[A-Z]$", text[s:e]):
        e += 1
    surface = text[s:e]
    m = re.match(r"^(?:\[\d{1,3}\]\s*)?(?:[Tt]he\s+)?", surface)     # a footnote's marker "[15] ", "the"
    if m.end():
        s, surface = s + m.end(), surface[m.end():]
    m = None if keep_title else _HONORIFIC.match(surface)
    if m and len(surface) > m.end():
        s, surface = s + m.end(), surface[m.end():]
    m = re.search(r"(?:['’]s?|[\s.,;:])+$", surface)
    if m and re.search(r"\b[A-Z]\.[A-Z]\.$", surface):
        m = re.search(r"(?:['’]s?|[\s,;:])+$", surface)
    if m:
        e, surface = e - (len(surface) - m.start()), surface[:m.start()]
    return s, e, surface


def same_spelling(a: str, b: str) -> bool:
    """`b` is another spelling of the place name `a` ("Karaganda"/"Karagandy"), not an acronym ("NBC" is
    not Nizhnekamsk) nor a short word that happens to be close ("Daly"/"Dali", "Jane"/"Zhangye")."""
    if b.isupper() or len(b) < 5 or a[:1].lower() != b[:1].lower():
        return False
    return loose(a) == loose(b) or SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.8


def place_noun_before(ent) -> bool:
    """'the city of Zhanaozen', 'the town of X'."""
    i = ent[0].i
    return i >= 2 and ent.doc[i - 1].lower_ == "of" and ent.doc[i - 2].lower_ in _PLACE_NOUNS


def locative(ent) -> bool:
    first = ent[0]
    return first.i > 0 and ent.doc[first.i - 1].lower_ in _LOCATIVE


# Facilities: a name ending in one of these is a place (GUM and ACE type them so), not an organisation.
FAC_HEADS = frozenset("""
Airport Station Stadium Arena Museum Planetarium Memorial Hall Tower Towers Bridge Square Avenue Mosque Cathedral
Temple Palace Hospital Airbase Dam Canal Pier Terminal Mall
""".split())
_FAC_PAIRS = {("Space", "Center"), ("Space", "Centre"), ("Convention", "Center"), ("Convention", "Centre"),
              ("Science", "Center"), ("Science", "Centre"), ("Air", "Base"), ("Force", "Base"), ("Naval", "Base")}


def facility_name(name: str) -> bool:
    """'Johnson Space Center', 'Fisht Stadium', 'Grand Mosque', 'Museum of Flight': a multiword name whose head
    is a facility (not 'Centre for Social Evolution' nor 'University of Texas Space Center', whose head is the
    word before 'for'/'of')."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    if "of" in words[1:]:                       # "Museum of Flight", "Palace of Westminster"
        return words[words.index("of") - 1] in FAC_HEADS
    if "for" in words:
        return False
    return words[-1] in FAC_HEADS or (words[-2], words[-1]) in _FAC_PAIRS


# Events: a name ending in one of these (or its head before "of") is an event, neither an actor nor a place.
EVENT_HEADS = frozenset("""
Olympics Paralympics Olympiad Games Cup Championship Championships Festival Fest Carnival Jubilee Month Week
""".split())


def event_name(name: str) -> bool:
    """'the Paralympics', '2012 Summer Olympics', 'Winter Carnival of Magic', 'National Magic Month', 'Magi-Fest':
    an event, which the small model often tags as an organisation."""
    words = name.split()
    if not words:
        return False
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head in EVENT_HEADS or head.split("-")[-1] in EVENT_HEADS


INTERJECTIONS = frozenset("""
nah yep yeah yes no ok okay oh hey hi hello wow well um uh hmm thanks sure right absolutely indeed alright
""".split())


def not_a_name(text: str, start: int, end: int) -> bool:
    """A capitalised single word that is no name: an interjection ("Nah", "Yep"), a caption or speaker label
    opening a sentence ("Image: Nick Moreau"), or a word the same text also writes in lower case
    ("Browsing the catalog" beside "browsing")."""
    word = text[start:end]
    if word.lower() in INTERJECTIONS:
        return True
    before = text[max(0, start - 3):start].rstrip(" ")
    if text[end:end + 1] == ":" and (not before or before[-1] in ".!?\n"):
        return True
    return has_word(text, word.lower())


_LONG_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")


def title_cased_line(text: str, pos: int) -> bool:
    """The line around `pos` capitalises (nearly) every longer word: a headline or a reference's title, where a
    capital is no sign of a name ("Russia-led Peacekeepers", "... in Bolstering Beijing's Soft Power")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = _LONG_WORD.findall(text[start:end if end >= 0 else len(text)])
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


_PLACE_PREP = re.compile(r"(?<![\w-])(?:in|at|near|from|to|into|across|outside|inside|around|of|via|toward|towards)"
                         r"\s+(?:the\s+)?$", re.I)


def not_a_place_name(text: str, start: int, end: int) -> bool:
    """A name spaCy tagged as a place that the gazetteer does not know and that is no place's name: initials
    ("M.A."), a gerund ("Bolstering"), a single word in a title-cased line or also written in lower case, or a
    single word no preposition of place introduces ("Achilles and the turtle", "the Paralympic movement"):
    an unknown one-word name is a place when the sentence puts something in, at or from it ("here in Levico")."""
    name = text[start:end]
    if _INITIAL.fullmatch(name):
        return True
    if " " in name:
        return False
    return name.endswith("ing") or title_cased_line(text, start) or not_a_name(text, start, end) \
        or _PLACE_PREP.search(text, max(0, start - 20), start) is None


def org_headed(name: str) -> bool:
    """'Central Asia Watch', 'Eurasian University': a multiword name ending in an organisation's head word, or
    opening with one of another language ('Instituto Cervantes', 'Partido Popular')."""
    words = name.split()
    return len(words) > 1 and (words[-1] in ORG_HEADS or words[-1] in {"Watch", "Project", "Initiative"}
                               or words[0] in FOREIGN_ORG_HEADS)


# Words that are never a place or an actor on their own ("Western", "May", "He").
JUNK = {"he", "she", "it", "they", "we", "i", "you", "this", "that", "mr", "ms", "mrs", "yep", "yeah", "yup", "nope",
        "okay", "wow", "hmm", "uh", "um", "alright", "hey"}   # pronouns, honorifics, interjections tagged as names
GENERIC_PLACE_WORDS = {
    "west", "western", "east", "eastern", "north", "northern", "south", "southern", "central", "republic",
    "union", "federation", "kingdom", "state", "states", "city", "capital", "region", "province", "island",
    "islands", "gulf", "sea", "ocean", "river", "valley", "mountains", "coast", "mainland", "homeland", "centre",
    "center", "midwest", "orient", "continent", "world", "border", "frontier", "interior", "home"}
NOT_PLACES = MONTH_NAMES | WEEKDAYS | {"spring", "summer", "autumn", "winter", "english", "russian", "chinese",
                                       "kazakh"}
