# leading comment

x = (1 +
     2)  # trailing comment
y = [
    1,
    2,
]
z = 1 + \
    2
if x:
	pass  # tab indentation
if y:

    # comment in block

    a = 1
        # odd comment indentation
    b = 2
def f(
    a,
    b,
):
    return {
        'k':
            a,
    }
class K: x = 1; y = 2;
for i in x: pass
s = 'a' \
    'b'
t = ('a'
     'b')
