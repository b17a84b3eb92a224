"""Readers for CAMEO/PETRARCH-format dictionaries: verb patterns, agent nouns and discard phrases.

What: `read_verbs(text)` reads a PETRARCH/TABARI verb dictionary into `VerbDict`: synonym sets (`&NAME` then
`+WORD` lines), verb families (`--- NAME [code] ---`, then verb lines `WORD {IRREGULAR FORMS} [code]`,
`+MULTI_WORD` synonyms where a `+` inside marks the verb of a compound, and pattern lines `- words * words
[code]` where `*` is the verb, `$` the source, `+` the target, `%` a compound actor, `^` a skipped phrase, `_`
glues words together and `&NAME` stands for any phrase of a synonym set). `read_agents(text)` reads an agent
dictionary (`NOUN_PHRASE {PLURALS} [~CODE]`, `!MACRO! = A, B` substitutions) into {phrase: code};
`read_discards(text)` reads a discard list (`+phrase` discards the story, `phrase` the sentence).
`read_paths(paths)` reads files or directories of them, telling each kind by its name or its content.
Codes: `[---]` is no code, `[032:033]` codes the act and the reverse act (a visit made, a visit received).
Every unreadable line gives a one-line reason in `errors`, never an exception.
Why: analysts who code events with CAMEO keep their own dictionaries in this format; reading them lets
greatgame code with their verbs and agents (events_rules.Lexicon overlays them on its own lexicon).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_CODE = re.compile(r"\[([^\]]*)\]")
_HEADER = re.compile(r"^-{3}\s*(.*?)\s*(?:-{3}\s*)?$")   # the closing dashes may follow a comment
_FORMS = re.compile(r"\{([^}]*)\}")
_NULL = {"", "---", "+++", "###"}
MARKERS = {"*": "verb", "$": "source", "+": "target", "%": "both", "^": "skip"}


@dataclass
class Pattern:
    """One pattern line: items before and after the verb, each (kind, value, glued to the previous item)."""
    pre: list[tuple[str, str, bool]]
    post: list[tuple[str, str, bool]]
    code: str | None
    pair: str | None
    line: int
    text: str
    verb_glued: bool = False   # "IN_*": the last word before the verb must touch it

    @property
    def literals(self) -> int:
        return sum(k in {"word", "syn"} for k, _, _ in self.pre + self.post)


@dataclass
class Verb:
    """A verb of a family: its lemma, the words glued before/after it ("break down"), its own code."""
    lemma: str
    pre: list[str]
    post: list[str]
    code: str | None
    pair: str | None
    forms: list[str]


@dataclass
class Family:
    name: str
    code: str | None
    pair: str | None
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


@dataclass
class VerbDict:
    synsets: dict[str, list[list[str]]] = field(default_factory=dict)
    families: list[Family] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def parse_code(raw: str | None) -> tuple[str | None, str | None]:
    """`032:033` -> ("032", "033"); `---` -> (None, None); `:173` -> (None, "173")."""
    if raw is None:
        return None, None
    parts = [p.strip() for p in raw.split(":", 1)]
    main = parts[0] if parts[0] not in _NULL else None
    pair = parts[1] if len(parts) > 1 and parts[1] not in _NULL else None
    return main, pair


def _clean_lines(text: str):
    """(line number, text without comments) for each line; XML comments may span lines."""
    in_comment = False
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.replace("[###]", "[---]")    # a null code, not a comment
        if in_comment:
            if "-->" not in line:
                continue
            line, in_comment = line.split("-->", 1)[1], False
        while "<!--" in line:
            head, rest = line.split("<!--", 1)
            if "-->" in rest:
                line = head + " " + rest.split("-->", 1)[1]
            else:
                line, in_comment = head, True
        yield n, line.split("#", 1)[0].rstrip(), raw.strip() == ""


def _words(chunk: str) -> list[str]:
    return [w.lower() for w in re.split(r"[_\s]+", chunk) if w]


def _items(text: str) -> list[tuple[str, str, bool]]:
    """Pattern text -> items; `_` glues an item to the one before it."""
    out: list[tuple[str, str, bool]] = []
    for chunk in text.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ").split():
        glued = False
        for part in chunk.split("_"):
            if not part:
                glued = True
                continue
            for sub in re.findall(r"^[*$%^](?=.)|&[^*$%^]+|[^*$%^&]+|[*$%^]", part) if len(part) > 1 else [part]:
                if sub in MARKERS:
                    out.append((MARKERS[sub], sub, glued))
                elif sub.startswith("&") and len(sub) > 1:
                    out.append(("syn", sub[1:].upper(), glued))
                else:
                    out.append(("word", sub.lower(), glued))
                glued = True
    return out


def _verb_line(line: str, family: Family, n: int, errors: list[str]) -> None:
    codes = _CODE.findall(line)
    forms = [f.lstrip("+").replace("_", " ").lower() for grp in _FORMS.findall(line) for f in grp.split()]
    head = _CODE.sub(" ", _FORMS.sub(" ", line)).strip().lstrip("+").strip()
    words = [w for w in re.split(r"[_\s]+", head) if w]
    if not words:
        errors.append(f"line {n}: verb line without a verb: {line.strip()[:60]}")
        return
    at = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    words = [w.lstrip("+").lower() for w in words]
    code, pair = parse_code(codes[0]) if codes else (None, None)
    family.verbs.append(Verb(words[at], words[:at], words[at + 1:], code, pair,
                             [f.split()[at] if len(f.split()) > at else f for f in forms]))


def read_verbs(text: str) -> VerbDict:
    """The synonym sets and verb families of a PETRARCH verb dictionary (see the module docstring)."""
    out = VerbDict()
    family: Family | None = None
    synset: str | None = None
    for n, line, blank in _clean_lines(text):
        if blank:
            synset = None
            continue
        s = line.strip()
        if not s:
            continue
        m = _HEADER.match(s)
        if m:
            codes = _CODE.findall(m.group(1))
            code, pair = parse_code(codes[0]) if codes else (None, None)
            family, synset = Family(_CODE.sub("", m.group(1)).strip().rstrip("_").lower(), code, pair), None
            out.families.append(family)
        elif s.startswith("&"):
            synset, family = s[1:].split()[0].upper().rstrip("_"), None
            out.synsets.setdefault(synset, [])
        elif synset is not None and s.startswith("+"):
            member = s[1:].strip()
            out.synsets[synset].append([f"&{member[1:].upper().rstrip('_')}"] if member.startswith("&")
                                       else _words(member))
        elif family is None:
            out.errors.append(f"line {n}: outside any verb family or synonym set: {s[:60]}")
        elif s.startswith("-"):
            codes = _CODE.findall(s)
            if not codes:
                out.errors.append(f"line {n}: pattern without a [code]: {s[:60]}")
                continue
            items = _items(_CODE.sub(" ", s[1:]))
            kinds = [k for k, _, _ in items]
            if kinds.count("verb") != 1:
                out.errors.append(f"line {n}: pattern needs exactly one '*': {s[:60]}")
                continue
            at = kinds.index("verb")
            code, pair = parse_code(codes[0])
            family.patterns.append(Pattern(items[:at], items[at + 1:], code, pair, n, s, items[at][2]))
        else:
            _verb_line(s, family, n, out.errors)
    for fam in out.families:
        if not fam.verbs:      # a header whose verb line is missing: the header names the verb
            fam.verbs.append(Verb(*(_words(fam.name)[:1] or ["?"]), [], _words(fam.name)[1:], None, None, []))
    return out


def synset_phrases(vd: VerbDict, name: str, depth: int = 0) -> list[list[str]]:
    """Every phrase (list of words) of a synonym set, nested sets expanded."""
    out: list[list[str]] = []
    for member in vd.synsets.get(name, ()):
        if member and member[0].startswith("&"):
            if depth < 5:
                out.extend(synset_phrases(vd, member[0][1:], depth + 1))
        else:
            out.append(member)
    return out


def _plurals(phrase: str) -> list[str]:
    last = phrase.split()[-1]
    if last.endswith(("s", "x", "ch", "sh")):
        tail = last + "es"
    elif last.endswith("y") and last[-2:-1] not in set("aeiou"):
        tail = last[:-1] + "ies"
    else:
        tail = last + "s"
    return [" ".join(phrase.split()[:-1] + [tail])]


def read_agents(text: str) -> tuple[dict[str, str], list[str]]:
    """{lower-case noun phrase (singular and plural): code} of an agent dictionary, and the reasons for
    lines that could not be read. `[~COP]` and `[NGO~]` keep their tilde (suffix or prefix code)."""
    macros: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    errors: list[str] = []
    for n, line, _ in _clean_lines(text):
        s = line.strip()
        if not s:
            continue
        m = re.match(r"^!(\w+)!\s*=\s*(.+)$", s)
        if m:
            macros[m.group(1).upper()] = [w.strip().lower() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = _CODE.findall(s)
        if not codes:
            errors.append(f"line {n}: agent without a [code]: {s[:60]}")
            continue
        code = "".join(codes[0].split())
        forms_spec = _FORMS.findall(s)
        head = _CODE.sub(" ", _FORMS.sub(" ", s)).strip()
        names = [head]
        for name, words in macros.items():      # "CONGRESS!PERSON!" -> congressman, congresswoman ...
            names = [x.replace(f"!{name}!", w.upper()) for x in names for w in words] \
                if any(f"!{name}!" in x for x in names) else names
        for name in names:
            phrase = " ".join(name.replace("_", " ").lower().split())
            if not phrase or "!" in phrase:
                errors.append(f"line {n}: unknown substitution in {s[:60]}")
                continue
            out[phrase] = code
            plural = [f.replace("_", " ").lower() for f in forms_spec[0].split()] if forms_spec else _plurals(phrase)
            for p in plural:
                out.setdefault(p, code)
    return out, errors


def read_discards(text: str) -> tuple[list[str], list[str]]:
    """(sentence-level phrases, story-level phrases), lower case."""
    sent, story = [], []
    for _, line, _ in _clean_lines(text):
        s = " ".join(line.split()).lower()
        if s.startswith("+") and s[1:].strip():
            story.append(s[1:].strip())
        elif s:
            sent.append(s)
    return sent, story


def kind_of(path: Path, text: str) -> str:
    """verbs | agents | discards, by the file name, else by its content."""
    low = path.name.lower()
    for kind in ("verb", "agent", "discard"):
        if kind in low:
            return kind + "s"
    if re.search(r"(?m)^-{3}\s*\S.*-{3}\s*$", text):
        return "verbs"
    if re.search(r"\[\s*~|~\]", text):
        return "agents"
    return "discards"


@dataclass
class DictSet:
    verbs: list[VerbDict] = field(default_factory=list)
    agents: dict[str, str] = field(default_factory=dict)
    discard_sentence: list[str] = field(default_factory=list)
    discard_story: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def read_paths(paths) -> DictSet:
    """Read dictionary files, or every .txt file of a directory; later files override earlier ones."""
    out = DictSet()
    files: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files += sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in {".txt", ".dict", ".verbs"})
        elif p.is_file():
            files.append(p)
        else:
            out.errors.append(f"{p}: no such dictionary file or directory")
    for f in files:
        try:
            text = f.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            out.errors.append(f"{f}: unreadable ({exc.__class__.__name__})")
            continue
        kind = kind_of(f, text)
        if kind == "verbs":
            vd = read_verbs(text)
            out.verbs.append(vd)
            out.errors += [f"{f.name} {e}" for e in vd.errors]
        elif kind == "agents":
            agents, errs = read_agents(text)
            out.agents.update(agents)
            out.errors += [f"{f.name} {e}" for e in errs]
        else:
            sent, story = read_discards(text)
            out.discard_sentence += sent
            out.discard_story += story
    return out
