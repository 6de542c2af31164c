1 + 2 * 3 - 4 / 5 // 6 % 7 @ m
2 ** -1 ** 2
-x + +y - ~z
not a and b or c and not d
a or b or c
a and b and c
a < b <= c > d >= e == f != g
a is b, a is not b, a in b, a not in b
a | b ^ c & d << e >> f
x if y else z
a if b else c if d else e
(x := 10)
if (n := len(a)) > 10: pass
[y := f(x), y**2]
x[1]
x[1:2]
x[::2]
x[1:2:3, ::]
x[a, b]
x[:, None]
x[*a]
x[()]
a.b.c
a.b(c).d[e]
[]
[1, 2, 3,]
[*a, *b]
()
(1,)
1, 2
(1, 2)
{}
{1: 2, 'a': b, **c}
{1, 2, *s}
[x for x in y]
[x for x in y if x if not x]
[(x, y) for x in a for y in b]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
[x for x, in y]
None, True, False, ...
x = *a, *b
print(*args, sep='')
a[b] if c else d
-1
~-1
await_x = 1
