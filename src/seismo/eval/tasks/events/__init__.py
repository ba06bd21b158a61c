"""The tasks that score events: detection and coding (case2021, plover, glocon, police) and every event of whole articles (precision)."""
