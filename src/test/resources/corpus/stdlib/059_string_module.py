# The string module: character classes, capwords and Template substitution.
import string

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(len(string.ascii_letters), len(string.printable))
print(string.capwords("the quick  brown fox"))

password = "s3cret!Pass"
print("has digit:", any(c in string.digits for c in password))
print("has punctuation:", any(c in string.punctuation for c in password))
print("".join(c for c in "Hello, World!" if c not in string.punctuation))

t = string.Template("Dear $name, your order #${order}12 ships $$free.")
print(t.substitute(name="Ada", order=7))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="Cy")
except KeyError as e:
    print("KeyError:", e)

table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("asyncio".translate(table))
print(string.Formatter().format("{0} + {1} = {total}", 2, 3, total=5))
