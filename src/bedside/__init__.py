"""bedside: bedside manner for social media.

Checks oncology professionals' drafts against the published netiquette
(Beltrán Ponce et al., Future Oncology 2022, doi:10.2217/fon-2021-1366) before they post.
"""

__version__ = "0.1.0"
