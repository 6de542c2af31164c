# The sieve of Eratosthenes and friends.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for n in range(2, int(limit ** 0.5) + 1):
        if is_prime[n]:
            for multiple in range(n * n, limit + 1, n):
                is_prime[multiple] = False
    return [n for n, prime in enumerate(is_prime) if prime]


primes = sieve(100)
print(primes)
print(len(sieve(10000)), sieve(10000)[-1])

def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors

for n in [12, 97, 360, 1001, 2 ** 31 - 1, 600851475143]:
    print(n, factorize(n))

# Twin primes below 100
print([(p, p + 2) for p in primes if p + 2 in primes])

# Goldbach: every even number as a sum of two primes
prime_set = set(primes)
for even in range(4, 31, 2):
    p = next(p for p in primes if even - p in prime_set)
    print(f"{even} = {p} + {even - p}")
