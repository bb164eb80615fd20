using System.Globalization;
using System.Numerics;

namespace Chitin.Audit.Json5;

/// <summary>Numbers: decimal, hexadecimal, signed, Infinity and NaN, read to the double JavaScript would give.</summary>
internal sealed partial class Json5Parser
{
    private J5Number ParseNumber()
    {
        var (start, line, col) = Mark();
        var negative = false;
        if (_s[_pos] is '+' or '-')
        {
            negative = _s[_pos] == '-';
            _pos++;
        }

        if (_pos >= _s.Length)
        {
            throw Error("unexpected end of input in a number");
        }

        double value;
        if (_s[_pos] is 'I' or 'N')
        {
            var word = ReadWordSpan();
            value = word switch
            {
                "Infinity" => double.PositiveInfinity,
                "NaN" => double.NaN,
                _ => throw ErrorAt(line, col, $"invalid number '{Trim(_s[start.._pos])}'"),
            };
        }
        else if (_s[_pos] == '0' && _pos + 1 < _s.Length && (_s[_pos + 1] is 'x' or 'X'))
        {
            _pos += 2;
            var ds = _pos;
            while (_pos < _s.Length && char.IsAsciiHexDigit(_s[_pos]))
            {
                _pos++;
            }

            if (_pos == ds)
            {
                throw Error("invalid hexadecimal number: expected hex digits after 0x");
            }

            value = HexToDouble(_s.AsSpan(ds, _pos - ds));
        }
        else
        {
            var ns = _pos;
            var intDigits = 0;
            if (_s[_pos] == '0')
            {
                _pos++;
                intDigits = 1;
                if (_pos < _s.Length && char.IsAsciiDigit(_s[_pos]))
                {
                    throw Error("invalid number: leading zeros are not allowed (octal is not JSON5)");
                }
            }
            else
            {
                while (_pos < _s.Length && char.IsAsciiDigit(_s[_pos]))
                {
                    _pos++;
                    intDigits++;
                }
            }

            var fracDigits = 0;
            if (_pos < _s.Length && _s[_pos] == '.')
            {
                _pos++;
                while (_pos < _s.Length && char.IsAsciiDigit(_s[_pos]))
                {
                    _pos++;
                    fracDigits++;
                }
            }

            if (intDigits == 0 && fracDigits == 0)
            {
                throw ErrorAt(line, col, _pos < _s.Length && !char.IsWhiteSpace(_s[_pos])
                    ? $"invalid number: expected digits, found {Describe(_s[_pos])}"
                    : "invalid number: expected digits");
            }

            if (_pos < _s.Length && (_s[_pos] is 'e' or 'E'))
            {
                _pos++;
                if (_pos < _s.Length && (_s[_pos] is '+' or '-'))
                {
                    _pos++;
                }

                var es = _pos;
                while (_pos < _s.Length && char.IsAsciiDigit(_s[_pos]))
                {
                    _pos++;
                }

                if (_pos == es)
                {
                    throw Error("invalid number: expected digits in the exponent");
                }
            }

            // Up to 15 digits an integer is exact; otherwise double.Parse rounds correctly (half to even, like
            // JavaScript) and overflows to Infinity.
            value = fracDigits == 0 && _pos - ns == intDigits && intDigits <= 15
                ? SmallInteger(_s.AsSpan(ns, intDigits))
                : double.Parse(_s.AsSpan(ns, _pos - ns), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        if (_pos < _s.Length && (_s[_pos] == '\\' || Json5Chars.IsIdentifierPart(Json5Chars.CodePointAt(_s, _pos).CodePoint)))
        {
            throw Error($"unexpected {Describe(_s[_pos])} right after a number");
        }

        return new J5Number(negative ? -value : value, _s[start.._pos], new SourceSpan(start, _pos, line, col), doc);
    }

    private static double SmallInteger(ReadOnlySpan<char> digits)
    {
        long v = 0;
        foreach (var d in digits)
        {
            v = (v * 10) + (d - '0');
        }

        return v;
    }

    /// <summary>Hex digits to the nearest double (round half to even), exactly as JavaScript reads <c>0x…</c>.</summary>
    internal static double HexToDouble(ReadOnlySpan<char> digits)
    {
        var i = 0;
        while (i < digits.Length && digits[i] == '0')
        {
            i++;
        }

        ulong m = 0;
        var dropped = 0;
        var sticky = false;
        for (; i < digits.Length; i++)
        {
            var v = (uint)HexValue(digits[i]);
            if (m >> 60 == 0)
            {
                m = (m << 4) | v;
            }
            else
            {
                dropped += 4;
                sticky |= v != 0;
            }
        }

        var bits = 64 - BitOperations.LeadingZeroCount(m);
        if (bits <= 53)
        {
            return Math.ScaleB(m, dropped);
        }

        var shift = bits - 53;
        var mantissa = m >> shift;
        var rest = m & ((1UL << shift) - 1);
        var half = 1UL << (shift - 1);
        if (rest > half || (rest == half && (sticky || (mantissa & 1) == 1)))
        {
            mantissa++;
        }

        return Math.ScaleB(mantissa, shift + dropped);
    }
}
