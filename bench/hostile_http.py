#!/usr/bin/env python3
"""A hostile HTTP server on 127.0.0.1 for measuring how Readout bounds network reads.

Usage: python3 bench/hostile_http.py PORT   (then point `readout analyze` at the paths below)

  /trickle   headers at once, then the body one byte every 0.5 s
  /stall     headers, then nothing
  /short     Content-Length 100000, 20 bytes of body, then the connection closes
  /bomb      1 GiB of zeros, gzip-compressed (about 1 MB on the wire)
  /corrupt   a gzip body with flipped bytes
  /loop      redirects to itself
  /file      redirects to file:///etc/passwd
  /js        redirects to javascript:alert(1)
  /escape    a 500 whose reason phrase carries ESC ] 52 (clipboard write) and ESC [2J (clear screen)
  /manifest  a JSON Lines manifest naming /etc/passwd
"""
import gzip
import io
import socket
import sys
import threading
import time

PAGE = b"<html><body><article><p>" + b"The ministers met in Vienna on Monday. " * 40 + b"</p></article></body></html>"


def bomb():
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9) as packed:
        chunk = bytes(1 << 20)
        for _ in range(1024):
            packed.write(chunk)
    return buffer.getvalue()


BOMB = bomb()
CORRUPT = bytearray(gzip.compress(PAGE))
for i in range(20, len(CORRUPT) - 8, 7):
    CORRUPT[i] ^= 0x5A


def head(status, fields):
    return ("HTTP/1.1 " + status + "\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields) + "Connection: close\r\n\r\n").encode("latin-1")


def answer(conn):
    try:
        request = b""
        while b"\r\n\r\n" not in request:
            data = conn.recv(4096)
            if not data:
                return
            request += data
        path = request.split(b" ")[1].decode()
        if path == "/trickle":
            conn.sendall(head("200 OK", [("Content-Type", "text/html"), ("Content-Length", len(PAGE))]))
            for byte in PAGE:
                conn.sendall(bytes([byte]))
                time.sleep(0.5)
        elif path == "/stall":
            conn.sendall(head("200 OK", [("Content-Type", "text/html")]))
            time.sleep(3600)
        elif path == "/short":
            conn.sendall(head("200 OK", [("Content-Type", "text/html"), ("Content-Length", 100000)]) + PAGE[:20])
        elif path == "/bomb":
            conn.sendall(head("200 OK", [("Content-Type", "text/plain"), ("Content-Encoding", "gzip"), ("Content-Length", len(BOMB))]) + BOMB)
        elif path == "/corrupt":
            conn.sendall(head("200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip"), ("Content-Length", len(CORRUPT))]) + bytes(CORRUPT))
        elif path in ("/loop", "/file", "/js"):
            target = {"/loop": "/loop", "/file": "file:///etc/passwd", "/js": "javascript:alert(1)"}[path]
            conn.sendall(head("302 Found", [("Location", target), ("Content-Length", 0)]))
        elif path == "/escape":
            conn.sendall(b"HTTP/1.1 500 Oops\x1b]52;c;ZXZpbA==\x07\x1b[2J\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        elif path == "/manifest":
            body = b'{"id": "x", "path": "/etc/passwd"}\n'
            conn.sendall(head("200 OK", [("Content-Type", "application/x-ndjson"), ("Content-Length", len(body))]) + body)
        else:
            conn.sendall(head("404 Not Found", [("Content-Length", 0)]))
    except OSError:
        pass
    finally:
        conn.close()


def main():
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", int(sys.argv[1])))
    server.listen(64)
    while True:
        conn, _ = server.accept()
        threading.Thread(target=answer, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    main()
