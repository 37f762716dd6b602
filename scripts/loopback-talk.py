#!/usr/bin/env python3
"""A tiny client and server on the loopback interface, for making the capture fixtures.

The client sends "hello", the server answers "world" after a pause (so the client's
stack acknowledges on its own), and the client closes with its last words on the FIN:
"bye" is corked, so the kernel puts the FIN on the same segment. In reset mode the
client aborts instead (SO_LINGER 0 sends a RST). In lesson mode the server answers at
once (so its stack expects more talk and delays its next ACK), then reads a bulk
transfer slowly from a small receive buffer, so its window closes and opens again.
Loopback only: 127.0.0.1 or ::1.
Prints each client port, so the caller can ask the kernel about these connections only.
"""
import socket
import struct
import sys
import threading
import time

host = sys.argv[1] if len(sys.argv) > 1 else '127.0.0.1'
port = int(sys.argv[2]) if len(sys.argv) > 2 else 8080
mode = sys.argv[3] if len(sys.argv) > 3 else 'close'
count = int(sys.argv[4]) if len(sys.argv) > 4 else 1
if host not in ('127.0.0.1', '::1'):
    raise SystemExit('loopback addresses only')
family = socket.AF_INET6 if ':' in host else socket.AF_INET

listener = socket.socket(family, socket.SOCK_STREAM)
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
if mode == 'lesson':
    # A small receive buffer, set before listen so that the SYN,ACK already offers the small window.
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
listener.bind((host, port))
listener.listen()


def serve_lesson():
    conn, _ = listener.accept()
    with conn:
        conn.recv(100)
        conn.sendall(b'world')
        conn.recv(100)
        time.sleep(0.3)
        while True:
            data = conn.recv(1024)
            if not data:
                break
            time.sleep(0.02)


def serve():
    if mode == 'lesson':
        serve_lesson()
        return
    for _ in range(count):
        conn, _ = listener.accept()
        with conn:
            try:
                conn.recv(100)
                time.sleep(0.12)
                conn.sendall(b'world')
                while conn.recv(100):
                    pass
            except ConnectionResetError:
                pass


server = threading.Thread(target=serve)
server.start()
for _ in range(count):
    client = socket.socket(family, socket.SOCK_STREAM)
    client.connect((host, port))
    print(client.getsockname()[1], flush=True)
    client.sendall(b'hello')
    client.recv(100)
    time.sleep(0.06)
    if mode == 'lesson':
        client.sendall(b'more')
        time.sleep(0.2)
        client.sendall(b'x' * 12000)
    if mode == 'reset':
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
    else:
        client.setsockopt(socket.IPPROTO_TCP, socket.TCP_CORK, 1)
        client.sendall(b'bye')
        client.shutdown(socket.SHUT_WR)
        while client.recv(100):
            pass
    client.close()
    time.sleep(0.05)
server.join()
listener.close()
