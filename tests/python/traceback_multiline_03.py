x = "x".upper().lower(
).nope()
