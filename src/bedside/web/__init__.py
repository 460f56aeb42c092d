"""The local web app: compose page, JSON API. Built by create_app(); nothing at import time."""
