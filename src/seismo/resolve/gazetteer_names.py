"""Name normalisation shared by the gazetteer build and the lookups at run time.

``name_key("St. Petersburg") == name_key("Saint-Petersburg") == "saint petersburg"``: the key
folds case, accents, apostrophes, hyphens and dots, and spells out the usual abbreviations
that start place names, so index and lookup agree without per-name rules.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: place kinds, in the order the built index codes them (``GazetteerData.kinds`` holds indexes)
KINDS = ("country", "admin", "city", "region", "feature", "site")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_SEPARATORS = re.compile(r"[\s\-–—_./]+")
_LEADING = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "point"}
#: words that only say what kind of subdivision a name is ("Laurel County", "Almaty Oblysy")
ADMIN_SUFFIXES = frozenset(
    {
        "county", "parish", "province", "region", "oblast", "oblysy", "oblys", "qalasy", "governorate",
        "state", "district", "prefecture", "department", "municipality", "borough", "krai", "kray",
        "voivodeship", "canton", "emirate", "division", "territory", "wilayah", "vilayeti", "ili",
        # romanised Chinese: province, municipality, autonomous region ("Anhui Sheng", "Beijing Shi")
        "sheng", "shi", "zizhiqu",
    }
)
#: two words that together say what kind of subdivision a name is ("Tibet Autonomous Region")
ADMIN_SUFFIX_PAIRS = frozenset({("autonomous", "region"), ("autonomous", "okrug"), ("avtonomnyy", "okrug")})
#: Chinese names an autonomous region's people before "Zizhiqu" with "-zu" ("Guangxi Zhuangzu Zizhiqu")
_ETHNONYM_ENDING = "zu"
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The lookup key of a place name (see the module docstring)."""
    text = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("'", "")
    words = [w for w in _SEPARATORS.split(text) if w]
    if words and words[0] in _LEADING:
        words[0] = _LEADING[words[0]]
    # "Republic of the Congo" and "Republic of Congo" are one name
    words = [w for i, w in enumerate(words) if not (w == "the" and i > 0 and words[i - 1] == "of")]
    return " ".join(words)


def strip_admin_suffix(name: str) -> str:
    """``"Laurel County"`` → ``"Laurel"``; names without such a suffix come back unchanged."""
    words = name.split()
    folded = [w.casefold() for w in words]
    if len(words) > 2 and tuple(folded[-2:]) in ADMIN_SUFFIX_PAIRS:
        return " ".join(words[:-2])
    if len(words) > 2 and folded[-1] == "zizhiqu" and folded[-2].endswith(_ETHNONYM_ENDING):
        return " ".join(words[:-2])
    if len(words) > 1 and folded[-1] in ADMIN_SUFFIXES:
        return " ".join(words[:-1])
    if len(words) > 2 and words[0].casefold() in {"city", "county", "province", "state"} and words[1] == "of":
        return " ".join(words[2:])
    return name


def strip_possessive(text: str) -> str:
    """``"Almaty’s"`` → ``"Almaty"``; ``"Kansas"`` stays (only ``'s`` / ``s'`` / a final ``'``)."""
    match = _POSSESSIVE.search(text)
    if not match:
        return text
    if match.group().startswith(("'", "’")):
        return text[: match.start()]
    return text[: match.start() + 1]  # "Phillies'" → "Phillies"


def is_latin(text: str) -> bool:
    """True when every letter is Latin script (basic, supplement, extended A/B)."""
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in text.translate(_APOSTROPHES))


def related_keys(a: str, b: str) -> bool:
    """Whether two name keys are one name or one name plus words ("richmond" / "north richmond")."""
    return a == b or a.endswith(" " + b) or b.endswith(" " + a) or a.startswith(b + " ") or (
        b.startswith(a + " "))
