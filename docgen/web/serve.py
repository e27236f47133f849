"""Start the local server of ``docgen serve``: loopback only, one process, threads for requests."""

from __future__ import annotations

import errno
import socket
from pathlib import Path

from werkzeug.serving import BaseWSGIServer, make_server

from docgen import messages
from docgen.errors import DocgenError
from docgen.web.app import create_app, workspace_mark

HOST = "127.0.0.1"


def start(root: Path, port: int) -> BaseWSGIServer:
    """Return a server for the workspace at ``root`` on 127.0.0.1:``port`` (0: any free port), not yet serving."""
    if not root.is_dir():
        raise DocgenError.single(messages.SERVE_NOT_A_FOLDER, file=str(root), hint=messages.SERVE_NOT_A_FOLDER_HINT)
    if port and not _free(port):  # werkzeug would print its own English message and exit
        raise DocgenError.single(messages.SERVE_PORT_BUSY.format(port=port), hint=messages.SERVE_PORT_HINT)
    try:
        return make_server(HOST, port, create_app(root), threaded=True)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            busy = messages.SERVE_PORT_BUSY.format(port=port)
            raise DocgenError.single(busy, hint=messages.SERVE_PORT_HINT) from None
        raise DocgenError.single(messages.SERVE_CANNOT_START.format(reason=error.strerror)) from None


def running_for(root: Path, port: int) -> bool:
    """True when a docgen server for the workspace at ``root`` already answers on 127.0.0.1:``port``."""
    import json
    import urllib.request

    if _free(port):
        return False
    try:
        with urllib.request.urlopen(f"http://{HOST}:{port}/session", timeout=3) as answer:
            return json.loads(answer.read()).get("workspace") == workspace_mark(root)
    except (OSError, ValueError):
        return False


def _free(port: int) -> bool:
    """True when nothing listens on 127.0.0.1:``port`` yet."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as werkzeug binds, so TIME_WAIT is free
        try:
            probe.bind((HOST, port))
        except OSError:
            return False
    return True


def address(server: BaseWSGIServer) -> str:
    """Return the address a clerk opens in the browser."""
    return f"http://{HOST}:{server.server_port}/"
