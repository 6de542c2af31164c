# Bitwise operators on ints, including negative numbers (two's complement, infinitely sign-extended).
a, b = 12, 10
print(a & b, a | b, a ^ b)
print(~a, ~0, ~-1)
print(a << 3, a >> 2)

print(-12 & 10, -12 | 10, -12 ^ 10)
print(-1 >> 5, -16 >> 2, -17 >> 2)
print(-1 << 4)

print(bin(12), bin(-12))
print(hex(255), hex(-255), oct(8))

# Big ints and bit operations
big = 2 ** 100
print(big >> 90, big | 1, (big - 1) & 0xFF)
print((1 << 70) ^ (1 << 69))

# Counting bits the classic way
def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count

for n in [0, 1, 7, 255, 2 ** 64 - 1]:
    print(n, popcount(n), n.bit_length())

# Checking and setting flags
READ, WRITE, EXEC = 1, 2, 4
perms = READ | EXEC
print(bool(perms & WRITE), bool(perms & EXEC))
perms |= WRITE
perms &= ~READ
print(perms)
