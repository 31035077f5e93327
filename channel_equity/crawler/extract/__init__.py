"""The generic guide extractor: label synonyms and document structure, never site classes.

Site quirks reach it only through ``ExtractionOverrides`` (extra labels, selectors, JSON
paths); all wording lives in ``channel_equity/data/labels.yaml`` (labels) and
``channel_equity/data/vocabulary.yaml`` (words in values), one lexicon.
"""

from channel_equity.core.labels import LabelLexicon, load_label_lexicon
from channel_equity.crawler.extract.detect import looks_like_guide, names_guide_fields
from channel_equity.crawler.extract.html_guide import extract_guide
from channel_equity.crawler.extract.json_guide import extract_guide_from_json

__all__ = ["LabelLexicon", "extract_guide", "extract_guide_from_json", "load_label_lexicon", "looks_like_guide",
           "names_guide_fields"]
