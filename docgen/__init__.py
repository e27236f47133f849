"""docgen: Vietnamese administrative plans (Decree 30/2020/NĐ-CP) rendered from plan data files."""

import os

__version__ = "0.1.0"

# pydantic looks for plugins of its own the first time a model class is made, by reading the metadata of every
# package installed beside it: about 0.1 s of each command's start, on a machine with the test tools installed.
# docgen uses none, so the search is skipped, unless whoever runs docgen asked for plugins.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
