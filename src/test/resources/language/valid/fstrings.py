f""
f"plain"
f"{x}"
f"a{x}b{y}c"
f"{x!r}"
f"{x!s:>10}"
f"{x!a}"
f"{x:>10}"
f"{x:{width}.{precision}}"
f"{x:}"
f"{x=}"
f"{x = }"
f"{x=!s}"
f"{x=:>10}"
f"{x = !r:>10}"
f"{{literal}}"
f"{{{x}}}"
f"{a['k']}"
f'{a["k"]}'
f"{f'{x}'}"
f"{x:{{}}>10}"
f"{3.14:.2f}"
f"{ x }"
f"{x,y}"
f"{'a' if x else 'b'}"
f"{[i for i in y]}"
f"{d['a']!r:^{w}}"
'a' f'b' 'c'
f'{x}' 'tail'
'head' f'{x}'
f'{x}' f'{y}'
rf"\d{x}"
Fr'{x}\n'
f"""multi
{x}
line"""
f"{x!r:}"
f"{'{'}"
f"\n{x}\t"
f"{x:%H:%M}"
f"{x:{y}{z}}"
f"{x:a{y}b}"
f"{x:\n}"
