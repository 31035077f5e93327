"""The generic guide extractor: label synonyms and document structure, never site classes.

Site quirks reach it only through ``ExtractionOverrides`` (extra labels, selectors, JSON
paths); all wording lives in ``config/labels.yaml``.
"""

from crawler.extract.detect import looks_like_guide
from crawler.extract.html_guide import extract_guide
from crawler.extract.json_guide import extract_guide_from_json
from crawler.extract.labels import LabelLexicon, load_label_lexicon

__all__ = ["LabelLexicon", "extract_guide", "extract_guide_from_json", "load_label_lexicon", "looks_like_guide"]
