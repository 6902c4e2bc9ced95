"""Full-text search that works for Chinese.

SQLite's tokenizers split on spaces, which Chinese does not have, and the trigram tokenizer cannot
match a two-character word such as 专利. So the index holds each run of Chinese text as overlapping
character pairs (专利权 → 专利 利权), and a query becomes the phrase of its pairs: any query of two
or more characters matches exactly where the text contains it. Latin words and numbers stay whole.
"""

import re
import unicodedata

CJK_RUN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
WORD_RE = re.compile(r"[0-9A-Za-z]+")


def _tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower()
    tokens: list[tuple[int, str]] = []
    for run in CJK_RUN_RE.finditer(text):
        chars = run.group()
        if len(chars) == 1:
            tokens.append((run.start(), chars))
        else:
            tokens.extend((run.start() + i, chars[i : i + 2]) for i in range(len(chars) - 1))
    tokens.extend((m.start(), m.group()) for m in WORD_RE.finditer(text))
    tokens.sort()
    return [token for _, token in tokens]


def index_text(*parts: str) -> str:
    """What goes into the FTS column for a record made of these text parts."""
    return " \n ".join(" ".join(_tokens(part)) for part in parts if part)


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression for what a person typed, or None if it needs a plain scan.

    Each whitespace-separated term must match (AND); a term is the phrase of its tokens.
    A lone Chinese character cannot be found among pairs, so it falls back to a scan.
    """
    phrases = []
    for term in query.split():
        tokens = _tokens(term)
        if not tokens:
            continue
        if any(len(token) == 1 and CJK_RUN_RE.fullmatch(token) for token in tokens):
            return None
        phrases.append('"' + " ".join(tokens) + '"')
    return " AND ".join(phrases) if phrases else None
