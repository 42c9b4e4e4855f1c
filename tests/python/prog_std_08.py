# A chunked binary container format ("TCF"): struct + io.BytesIO + array, with a checksum.
import array
import io
import os
import struct
from dataclasses import dataclass
from typing import Dict, Iterator, List, Tuple

MAGIC = b"TCF\x01"
HEADER = struct.Struct("<4sHHI")        # magic, version, flags, chunk count
CHUNK_HEAD = struct.Struct("<4sIB")      # tag, payload length, codec
POINT = struct.Struct("<hhf")            # x, y, weight
TRAILER = struct.Struct(">I")            # big-endian checksum

CODEC_RAW, CODEC_RLE = 0, 1


class FormatError(Exception):
    pass


def adler32(data: bytes) -> int:
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def rle_encode(data: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(data):
        run = 1
        while i + run < len(data) and data[i + run] == data[i] and run < 255:
            run += 1
        out += bytes((run, data[i]))
        i += run
    return bytes(out)


def rle_decode(data: bytes) -> bytes:
    if len(data) % 2:
        raise FormatError("odd-length RLE payload")
    out = bytearray()
    for run, value in zip(data[::2], data[1::2]):
        out += bytes([value]) * run
    return bytes(out)


@dataclass
class Chunk:
    tag: str
    payload: bytes


def encode_text(s: str) -> bytes:
    raw = s.encode("utf-8")
    return struct.pack("<H", len(raw)) + raw


def encode_points(points: List[Tuple[int, int, float]]) -> bytes:
    buf = io.BytesIO()
    buf.write(struct.pack("<I", len(points)))
    for p in points:
        buf.write(POINT.pack(*p))
    return buf.getvalue()


def encode_samples(samples: array.array) -> bytes:
    return struct.pack("<cI", samples.typecode.encode(), len(samples)) + samples.tobytes()


def write_container(stream, chunks: List[Chunk], compress: bool = True) -> int:
    body = io.BytesIO()
    body.write(HEADER.pack(MAGIC, 1, 1 if compress else 0, len(chunks)))
    for ch in chunks:
        payload, codec = ch.payload, CODEC_RAW
        if compress:
            packed = rle_encode(payload)
            if len(packed) < len(payload):
                payload, codec = packed, CODEC_RLE
        body.write(CHUNK_HEAD.pack(ch.tag.encode("ascii"), len(payload), codec))
        body.write(payload)
    data = body.getvalue()
    stream.write(data)
    stream.write(TRAILER.pack(adler32(data)))
    return len(data) + TRAILER.size


def read_exact(stream, n: int) -> bytes:
    data = stream.read(n)
    if len(data) != n:
        raise FormatError(f"truncated: wanted {n} bytes, got {len(data)}")
    return data


def read_container(data: bytes) -> Iterator[Chunk]:
    if len(data) < HEADER.size + TRAILER.size:
        raise FormatError("file too short")
    body, trailer = data[:-TRAILER.size], data[-TRAILER.size:]
    (stored,) = TRAILER.unpack(trailer)
    actual = adler32(body)
    if stored != actual:
        raise FormatError(f"checksum mismatch: stored {stored:#010x}, actual {actual:#010x}")
    stream = io.BytesIO(body)
    magic, version, flags, count = HEADER.unpack(read_exact(stream, HEADER.size))
    if magic != MAGIC:
        raise FormatError(f"bad magic {magic!r}")
    for _ in range(count):
        tag, length, codec = CHUNK_HEAD.unpack(read_exact(stream, CHUNK_HEAD.size))
        payload = read_exact(stream, length)
        if codec == CODEC_RLE:
            payload = rle_decode(payload)
        elif codec != CODEC_RAW:
            raise FormatError(f"unknown codec {codec}")
        yield Chunk(tag.decode("ascii"), payload)
    if stream.read():
        raise FormatError("junk after last chunk")


def decode_chunk(ch: Chunk):
    if ch.tag == "TEXT":
        (n,) = struct.unpack_from("<H", ch.payload)
        return ch.payload[2:2 + n].decode("utf-8")
    if ch.tag == "PNTS":
        (n,) = struct.unpack_from("<I", ch.payload)
        return [tuple(round(v, 3) if isinstance(v, float) else v for v in p)
                for p in POINT.iter_unpack(ch.payload[4:4 + n * POINT.size])]
    if ch.tag == "SMPL":
        code, n = struct.unpack_from("<cI", ch.payload)
        arr = array.array(code.decode())
        arr.frombytes(ch.payload[struct.calcsize("<cI"):])
        if len(arr) != n:
            raise FormatError("sample count mismatch")
        return arr
    return ch.payload


def hexdump(data: bytes, width: int = 16) -> str:
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{off:04x}  {chunk.hex(' '):<{width * 3}} {text}")
    return "\n".join(lines)


def main():
    samples = array.array("h", [0] * 40 + [i * 100 for i in range(-5, 6)] + [1799] * 30)
    chunks = [
        Chunk("TEXT", encode_text("Survey log \u2014 north field")),
        Chunk("PNTS", encode_points([(1, 2, 0.5), (-3, 400, 1.25), (32767, -32768, -2.0)])),
        Chunk("SMPL", encode_samples(samples)),
        Chunk("BLOB", bytes(range(8)) * 2),
    ]
    workdir = os.path.join("tmp_prog_std_08")
    os.makedirs(workdir, exist_ok=True)
    path = os.path.join(workdir, "survey.tcf")
    try:
        with open(path, "wb") as f:
            written = write_container(f, chunks)
        print("written:", written, "bytes; on disk:", os.path.getsize(path))
        with open(path, "rb") as f:
            data = f.read()
        print(hexdump(data[:48]))
        decoded = {}
        for ch in read_container(data):
            value = decode_chunk(ch)
            decoded[ch.tag] = value
            print(f"{ch.tag}: {len(ch.payload):3d} bytes ->", value if ch.tag != "SMPL" else
                  f"{value.typecode}[{len(value)}] sum={sum(value)} max={max(value)}")
        print("samples equal:", decoded["SMPL"] == samples)

        plain = io.BytesIO()
        size_plain = write_container(plain, chunks, compress=False)
        print("uncompressed size:", size_plain, "ratio:", f"{written / size_plain:.3f}")
        print("same chunks:", [c.payload for c in read_container(plain.getvalue())] ==
              [c.payload for c in chunks])

        corrupt = bytearray(data)
        corrupt[20] ^= 0xFF
        bad_magic = bytearray(data[:-4])
        bad_magic[0:4] = b"XXXX"
        bad_magic += TRAILER.pack(adler32(bytes(bad_magic)))
        truncated = data[:30] + TRAILER.pack(adler32(data[:30]))
        junk = data[:-4] + b"!!" + TRAILER.pack(adler32(data[:-4] + b"!!"))
        for label, blob in [("corrupt", bytes(corrupt)), ("magic", bytes(bad_magic)),
                            ("truncated", truncated), ("junk", junk), ("short", b"TCF")]:
            try:
                list(read_container(blob))
                print(label, "unexpectedly ok")
            except FormatError as e:
                print(f"{label}: {type(e).__name__}: {e}")
        try:
            rle_decode(b"\x01")
        except FormatError as e:
            print(type(e).__name__, e)
        try:
            POINT.pack(40000, 0, 1.0)
        except struct.error as e:
            print("struct.error", e)
        try:
            struct.unpack("<I", b"\x00\x01")
        except struct.error as e:
            print("struct.error", e)
    finally:
        if os.path.exists(path):
            os.remove(path)
        os.rmdir(workdir)
    print("cleaned up:", not os.path.exists(workdir))
    print(rle_encode(b"aaaabccccccd"), rle_decode(rle_encode(b"x" * 300)) == b"x" * 300)
    print(HEADER.size, CHUNK_HEAD.size, POINT.size, struct.calcsize("@hi"), struct.calcsize("=hi"))
    print(hex(adler32(b"Wikipedia")), struct.pack(">hH", -2, 65535), struct.unpack("<f", struct.pack("<f", 0.1)))


main()
