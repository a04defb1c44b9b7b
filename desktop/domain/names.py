"""People's names: checked as written on the KTP, matched loosely to find the same person
registered twice, and sorted the same way on SQLite and PostgreSQL.

A name is kept whole and in the case typed: many Indonesians have a single name, and
"first/last name" does not describe the rest. Matching ignores what varies between two
registrations of one person: case, accents, titles and degrees (H., Hj., S.Pd.), the many
spellings of Muhammad, the old Dutch-era spelling (Soekarno/Sukarno) and bin/binti.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.text import control_characters_error

NAME_MAX = 120

# A name this similar (0..100) or more to another is shown to the clerk as a possible
# duplicate. Tuned on the cases in tests/domain/test_names.py: spelling slips (Rizki/Rizky)
# score above it, different given names sharing one word (Siti Aminah/Siti Rahmawati) below.
SIMILAR_NAME = 88

# Apostrophes as typed on phones and copied from documents (Ma'ruf, Ma’ruf, Maʼruf, Ma`ruf),
# and the other marks a KTP name can hold: H. Ahmad, S.Pd., Siti-Aminah.
_APOSTROPHES = "'’‘ʼ`"
_MARKS = frozenset(_APOSTROPHES + ".,-\u2010\u2011 ")
_MAX_COMBINING = 2  # accents left after NFC on one letter; more is "Zalgo" text, not a name
_EMOJI_JOINERS = frozenset("\u200d\ufe0e\ufe0f\u20e3")  # parts of emoji sequences


def _symbols_error(field: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("messages", "Names cannot contain emoji or symbols."), field
    )


def _error_for(char: str, previous: str, marks_in_a_row: int, field: str) -> ValidationError | None:
    """Why `char` cannot be in a name, or None if it can."""
    if char in _MARKS:
        return None
    category = unicodedata.category(char)
    if char in _EMOJI_JOINERS:  # checked first: the variation selectors count as accents
        return _symbols_error(field)
    if category.startswith("L"):
        if "LATIN" in unicodedata.name(char, ""):
            return None
        return ValidationError(
            QT_TRANSLATE_NOOP("messages", "Write the name in Latin letters, as on the KTP."), field
        )
    if category == "Mn":  # an accent not composed with its letter
        if (
            previous
            and marks_in_a_row < _MAX_COMBINING
            and "LATIN" in unicodedata.name(previous, "")
        ):
            return None
        return ValidationError(
            QT_TRANSLATE_NOOP("messages", "Write the name in Latin letters, as on the KTP."), field
        )
    if category.startswith("N"):
        return ValidationError(QT_TRANSLATE_NOOP("messages", "Names cannot contain digits."), field)
    if category.startswith("S") or category in ("Co", "Cn"):
        return _symbols_error(field)
    if category.startswith("P"):
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Remove {character} from the name: a name holds letters, spaces and ' . , - only.",
            ),
            field,
            character=char,
        )
    return control_characters_error(field)  # Cc, Cf, Cs, Me, Mc: invisible or broken


def clean_person_name(text: str, field: str = "full_name") -> str:
    """The name as it will be stored: composed accents (NFC), single spaces, case as typed."""
    name = " ".join(unicodedata.normalize("NFC", text).split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("messages", "Enter the name."), field)
    if len(name) > NAME_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The name is too long: at most {max} characters, and this one has {length}.",
            ),
            field,
            max=NAME_MAX,
            length=len(name),
        )
    previous, marks_in_a_row = "", 0
    for char in name:
        error = _error_for(char, previous, marks_in_a_row, field)
        if error is not None:
            raise error
        if unicodedata.category(char) == "Mn":
            marks_in_a_row += 1
        else:
            previous, marks_in_a_row = char, 0
    if not any(unicodedata.category(c).startswith("L") for c in name):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A name needs at least one letter."), field
        )
    return name


# --- matching -----------------------------------------------------------------------------

# Latin letters that have no accent to strip, so NFKD leaves them as they are.
_ASCII_LETTERS = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ŋ": "ng"}
)


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _plain(text: str) -> str:
    """Casefolded with accents stripped: "Hadjí Ñoto" -> "hadji noto". Done twice because
    casefolding can itself add an accent ("İ" -> "i" + dot above)."""
    once = _strip_marks(text.casefold()).casefold().translate(_ASCII_LETTERS)
    return _strip_marks(once)


# Dutch-era spelling (before 1972, still on many older KTPs) -> today's: Soekarno/Sukarno,
# Djoko/Joko, Tjahjo/Cahyo, Nj/Ny, Sj/Sy, Chairul/Khairul. "j" -> "y" is left out: it is
# also today's "j", and Joko and Yoko are different names.
_OLD_SPELLING = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("nj", "ny"), ("sj", "sy"), ("ch", "kh"))


def _respell(token: str) -> str:
    changed = True
    while changed:  # until stable: "ddj" -> "dj" -> "j"
        before = token
        for old, new in _OLD_SPELLING:
            token = token.replace(old, new)
        changed = token != before
    return token


# Titles, honorifics and degrees, written without dots: they come and go between two
# registrations of one person ("Hj. Siti Aminah, S.Pd." is "Siti Aminah").
_TITLES = frozenset(
    _respell(title)
    for title in (
        "h", "hj", "haji", "hajjah", "ir", "dr", "drs", "dra", "prof", "kh",
        "ust", "ustad", "ustadz", "ustadzah",
        "spd", "spdi", "skom", "se", "sh", "ssos", "st", "sag", "skep", "spsi", "amd",
        "ssi", "skes", "sip", "sp", "spt", "sfarm",
        "mpd", "mm", "msi", "mkom", "mag", "msc", "mh", "mt", "mkes", "mba", "phd",
        "bpk", "bapak", "ibu", "sdr", "sdri", "tn", "ny", "nn",
    )
)  # fmt: skip
_TITLE_PARTS = 3  # "S. Pd. I" typed with spaces is three tokens
_JOINERS = frozenset(("bin", "binti", "bt", "bte", "bint"))  # "son/daughter of"

# One spelling for the names written in many ways, after _respell.
_CANONICAL = {
    _respell(variant): canonical
    for canonical, variants in {
        "muhammad": "muhammad mohammad mochammad mochamad muhamad mohamad mohamed muhammed"
        " mohammed muhamed mohamat moh moch muh mhd md",
        "ahmad": "ahmad achmad ahmat akhmad",
        "abdul": "abdul abd",
    }.items()
    for variant in variants.split()
}

_NOT_WORD = re.compile(r"[^\w.]+")  # everything but letters, digits and the dots of titles
_APOSTROPHE = re.compile("[" + _APOSTROPHES + "]")
_MAX_ROUNDS = 16


def _tokens(text: str) -> list[str]:
    """Words of `text`, plain and respelled; a word with dots inside is split at them
    ("H.Ahmad" -> h, ahmad) unless it is a title ("S.Pd.I")."""
    words = _NOT_WORD.sub(" ", _APOSTROPHE.sub("", _plain(text)).replace("_", " ")).split()
    tokens: list[str] = []
    for word in words:
        bare = _respell(word.replace(".", ""))
        parts = [bare] if bare in _TITLES else [_respell(p) for p in word.split(".")]
        tokens.extend(p for p in parts if p)
    return tokens


def _without_titles(tokens: list[str]) -> list[str]:
    kept: list[str] = []
    i = 0
    while i < len(tokens):
        for size in range(_TITLE_PARTS, 0, -1):
            # Parts of a title typed with spaces are short: "S. Pd.", never "Siti Pd".
            part = tokens[i : i + size]
            short = size == 1 or all(len(p) <= 3 for p in part)
            if len(part) == size and short and "".join(part) in _TITLES:
                i += size
                break
        else:
            if tokens[i] not in _JOINERS:
                kept.append(tokens[i])
            i += 1
    return kept


def _match_key_once(text: str) -> str:
    tokens = [_CANONICAL.get(t, t) for t in _without_titles(_tokens(text))]
    if tokens and tokens[0] == "m":  # "M. Rizki": a lone M first is Muhammad
        tokens[0] = "muhammad"
    return " ".join(tokens)


def match_key(name: str) -> str:
    """The form of a name compared when looking for duplicates: "Hj. Siti Aminah, S.Pd." ->
    "siti aminah", "Moch. Soekarno bin Ahmad" -> "muhammad sukarno ahmad"."""
    key = _match_key_once(name)
    # Removing a title can bring two parts of another together (S. Hj. Pd.); repeat until
    # nothing changes so that a key is its own key. Each round only removes words or gives
    # them their final spelling, so a few rounds do; the bound is a guard, never reached.
    for _ in range(_MAX_ROUNDS):
        again = _match_key_once(key)
        if again == key:
            break
        key = again
    return key


def name_similarity(a: str, b: str) -> float:
    """How alike two names are, 0..100, compared by their match keys with words in any order.

    When both names have two words or more, one holding all the words of the other counts as
    the same ("Siti Aminah" and "Siti Aminah Rahmawati": one registration used the short
    name). A single name is not matched that way: "Budi" would then match every Budi."""
    return key_similarity(match_key(a), match_key(b))


def key_similarity(key_a: str, key_b: str) -> float:
    """name_similarity on two match keys already made (the stored `name_key`)."""
    if not key_a or not key_b:
        return 0.0
    score = fuzz.token_sort_ratio(key_a, key_b)
    if " " in key_a and " " in key_b:
        score = max(score, fuzz.token_set_ratio(key_a, key_b))
    return float(score)


def similar_keys(key: str, keys: Sequence[str], cutoff: float) -> dict[int, float]:
    """{index in `keys`: score} of the keys at least `cutoff` alike to `key`, as
    key_similarity scores them: rapidfuzz's batch comparison in C (a village of 20,000
    people in a few milliseconds, where a Python loop takes a fifth of a second)."""
    if not key:
        return {}
    found = {
        index: float(score)
        for _choice, score, index in process.extract(
            key, keys, scorer=fuzz.token_sort_ratio, score_cutoff=cutoff, limit=None
        )
        if keys[index]
    }
    if " " in key:
        several = [other if " " in other else "" for other in keys]
        for _choice, score, index in process.extract(
            key, several, scorer=fuzz.token_set_ratio, score_cutoff=cutoff, limit=None
        ):
            if several[index]:
                found[index] = max(found.get(index, 0.0), float(score))
    return found


def sort_key(name: str) -> str:
    """What lists are ordered by, compared byte by byte so SQLite and PostgreSQL agree:
    casefolded, accents stripped, single spaces, titles kept ("Hj. Siti" sorts under H)."""
    return " ".join(_plain(name).split())[:NAME_MAX].rstrip()
