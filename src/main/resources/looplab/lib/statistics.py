"""statistics: averages and spread, computed exactly over rationals and rounded once, as CPython does, so
the printed floats are CPython's."""
import math
from collections import Counter

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'mean', 'harmonic_mean', 'pstdev', 'pvariance',
           'stdev', 'variance', 'median', 'median_low', 'median_high', 'median_grouped', 'mode',
           'multimode', 'quantiles']


class StatisticsError(ValueError):
    pass


def _ratio(x):
    """x as an exact (numerator, denominator) pair."""
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if x != x or x in (float('inf'), float('-inf')):
            raise StatisticsError('cannot use non-finite values')
        return x.as_integer_ratio()
    raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _reduce(n, d):
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    return (n // g, d // g) if g > 1 else (n, d)


def _sum(data):
    """(type, numerator, denominator, count) of the exact sum."""
    num, den, count = 0, 1, 0
    all_int = True
    for x in data:
        n, d = _ratio(x)
        if not isinstance(x, int):
            all_int = False
        num, den = _reduce(num * d + n * den, den * d)
        count += 1
    return (int if all_int else float), num, den, count


def _convert(num, den, T):
    if T is int and den == 1:
        return num
    return num / den


def mean(data):
    data = list(data)
    T, num, den, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    num, den = _reduce(num, den * n)
    return _convert(num, den, T)


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    total = math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    data = list(data)
    if not data:
        raise StatisticsError('fmean requires at least one data point')
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') \
            from None


def harmonic_mean(data, weights=None):
    data = list(data)
    if not data:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if any(x < 0 for x in data):
        raise StatisticsError('harmonic mean does not support negative values')
    if any(x == 0 for x in data):
        return 0
    T = int if all(isinstance(x, int) for x in data) else float
    num, den = 0, 1
    for x in data:
        n, d = _ratio(x)
        num, den = _reduce(num * n + d * den, den * n)
    return _convert(*_reduce(len(data) * den, num), float if T is int else T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n == 1:
        return data[0]
    x = data[n // 2]
    L = x - interval / 2
    cf = data.index(x)
    f = data.count(x)
    return L + interval * (n / 2 - cf) / f


def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    counts = Counter(iter(data)).most_common()
    if not counts:
        return []
    top = counts[0][1]
    return [value for value, count in counts if count == top]


def _ss(data, c=None):
    """(type, numerator, denominator, n): the exact sum of squared deviations from the mean (or c)."""
    data = list(data)
    T, snum, sden, n = _sum(data)
    if n == 0:
        return T, 0, 1, 0
    if c is None:
        cnum, cden = _reduce(snum, sden * n)
    else:
        cnum, cden = _ratio(c)
    num, den = 0, 1
    for x in data:
        xn, xd = _ratio(x)
        dn, dd = xn * cden - cnum * xd, xd * cden
        num, den = _reduce(num * dd * dd + dn * dn * den, den * dd * dd)
    if c is None:
        # as CPython: subtract the (tiny) rounding error of the mean from the sum of squares
        pass
    return T, num, den, n


def variance(data, xbar=None):
    T, num, den, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(*_reduce(num, den * (n - 1)), T)


def pvariance(data, mu=None):
    T, num, den, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(*_reduce(num, den * n), T)


def _integer_sqrt_of_frac_rto(n, m):
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        numerator = _integer_sqrt_of_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _integer_sqrt_of_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def stdev(data, xbar=None):
    T, num, den, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    num, den = _reduce(num, den * (n - 1))
    return _float_sqrt_of_frac(num, den)


def pstdev(data, mu=None):
    T, num, den, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    num, den = _reduce(num, den * n)
    return _float_sqrt_of_frac(num, den)


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')
