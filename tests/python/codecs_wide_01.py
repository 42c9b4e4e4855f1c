print('aé€😀'.encode('utf-16'), 'aé'.encode('utf-16-le'), 'aé'.encode('UTF-16BE'), 'a😀'.encode('utf-32'), 'a'.encode('utf-32-be'), 'a€'.encode('cp1252'), 'x'.encode('utf_16_le'))
print(b'\xff\xfea\x00'.decode('utf-16'), b'\xfe\xff\x00a'.decode('utf-16'), b'a\x00'.decode('utf-16'), b'\x80\x9f'.decode('cp1252', 'replace'), b'\x81'.decode('cp1252', 'replace'))
print('aé€😀'.encode('utf-16').decode('utf-16'), 'a😀'.encode('utf-32').decode('utf-32'), 'é'.encode('windows-1252'))
for data, enc in [(b'a', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\xd8', 'utf-16-le'), (b'a\x00\x00', 'utf-32-le'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x81', 'cp1252'), (b'\x00\xdc', 'utf-16-le')]:
    try:
        print(data.decode(enc))
    except UnicodeDecodeError as e:
        print(e)
for t, e in [('Ā', 'cp1252'), ('Āb', 'cp1252')]:
    try:
        print(t.encode(e))
    except UnicodeEncodeError as x:
        print(x)
print('Āb'.encode('cp1252', 'replace'), 'Ā'.encode('cp1252', 'xmlcharrefreplace'), b'\x00\xd8a\x00'.decode('utf-16-le', 'replace'))
name = "codecs_wide_01.tmp"
with open(name, "w", encoding="cp1252") as f:
    f.write("caf\xe9 \u20ac\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="cp1252") as f:
    print(repr(f.read()))
with open(name, "wb") as f:
    f.write("h\xe9llo".encode("utf-16"))
with open(name, encoding="utf-16") as f:
    print(repr(f.read()))
