"""``docgen serve``: the plan editor and review page, a local web application for the clerk.

The web layer only calls the functions the command line calls (docgen.build, docgen.check, docgen.plan):
no pipeline logic in request handlers and no second set of messages. ``app`` makes the Flask application
and guards it (loopback host names only, a token on every change, size-limited uploads); ``files`` is the
only module that turns a name from a request into a path, and only inside the workspace; ``plans`` and
``review`` are the pages; ``editor`` shapes plan data for the form and back.
"""
