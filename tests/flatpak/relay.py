#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# relay.py UPSTREAM_PORT KEY_FILE: a TCP relay on 127.0.0.1 in front of the mock server, for
# build-aux/flatpak-check. It prints "listening PORT", then one line per HTTP request it passes
# on ("request METHOD PATH auth=ok|wrong|none") and per response ("response STATUS"), so the
# check sees from outside the sandbox that the app's traffic arrived. The key is only compared,
# never printed.
import re
import socket
import sys
import threading

upstream_port = int(sys.argv[1])
with open(sys.argv[2]) as f:
    key = f.read().strip()
lock = threading.Lock()
REQUEST = re.compile(rb'(GET|POST|PATCH|PUT|DELETE) (\S+) HTTP/1\.[01]\r\n(.*?)\r\n\r\n', re.S)
RESPONSE = re.compile(rb'HTTP/1\.[01] (\d{3}) ')


def say(line):
    with lock:
        print(line, flush=True)


def auth_of(headers):
    m = re.search(rb'^authorization:\s*(.*?)\s*$', headers, re.I | re.M)
    if m is None:
        return 'none'
    return 'ok' if m.group(1).decode('latin-1') == 'Bearer ' + key else 'wrong'


def pump(src, dst, requests):
    buf = b''
    try:
        while True:
            data = src.recv(65536)
            if not data:
                break
            dst.sendall(data)
            buf += data
            pattern = REQUEST if requests else RESPONSE
            while True:
                m = pattern.search(buf)
                if m is None:
                    break
                if requests:
                    say('request %s %s auth=%s' % (m.group(1).decode(), m.group(2).decode('latin-1'), auth_of(m.group(3))))
                else:
                    say('response %s' % m.group(1).decode())
                buf = buf[m.end():]
            buf = buf[-65536:]
    except OSError:
        pass
    finally:
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def serve(client):
    upstream = socket.create_connection(('127.0.0.1', upstream_port))
    say('connection')
    threading.Thread(target=pump, args=(client, upstream, True), daemon=True).start()
    threading.Thread(target=pump, args=(upstream, client, False), daemon=True).start()


listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(('127.0.0.1', 0))
listener.listen(16)
say('listening %d' % listener.getsockname()[1])
while True:
    conn, _ = listener.accept()
    serve(conn)
