using System.Globalization;
using System.Text.RegularExpressions;

namespace Readout.Times;

/// <summary>
/// Turns one pattern match (time-patterns.tsv) into a TIMEX3 type and value, resolved against
/// the publication date. The meaning comes from which named groups matched. Returns null
/// when the match does not denote a time (an impossible date, a verb "May").
/// </summary>
public static class TimeNormalizer
{
    /// <summary>Prefix of a time of day that has no date yet; the recognizer fills the date in.</summary>
    public const string OpenDate = "XXXX-XX-XX";

    public static TimeValue? Normalize(string kind, Match match, string text, DateOnly? anchor)
    {
        var found = new Found(match, text, anchor);
        return kind switch
        {
            "date" => Date(found),
            "clock" => Clock(found),
            "duration" => Duration(found),
            "ago" => Ago(found),
            "within" => Within(found),
            "set" => Set(found),
            "reference" => TimeLexicon.Value("reference", match.Value) is { } reference ? new TimeValue("DATE", reference) : null,
            _ => null,
        };
    }

    private static TimeValue? Date(Found found)
    {
        if (found["deictic"] is { } deictic)
        {
            return DayWithPart(found, TimeLexicon.Value("deictic", deictic), TimeLexicon.Value("deicticpart", deictic));
        }

        if (found["daypart"] is not null && found["weekday"] is null && found["relative"] is { } dayRelative)
        {
            return DayWithPart(found, TimeLexicon.Value("relative", dayRelative), null);
        }

        var modifier = found["part"] is { } part ? NullIfEmpty(TimeLexicon.Value("part", part)) : null;
        var period = Calendar(found);
        if (period is null)
        {
            return found.DurationInstead;
        }

        if (found["daypart"] is { } daypart && found["weekday"] is not null)
        {
            return new TimeValue("TIME", $"{period.Value}T{TimeLexicon.Value("daypart", daypart)}", From: period.From, Until: period.Until);
        }

        var bounded = period.Part(modifier);
        if (ImpliedPeriodAgainstTense(found, bounded) is { } shift
            && RelativePeriod(found, TimeLexicon.Value("calendar", found["calendar"]!)!, shift) is { } shifted)
        {
            period = shifted;
            bounded = period.Part(modifier);
        }

        bounded = ClipToPublication(found, bounded);
        return new TimeValue("DATE", period.Value, modifier ?? found.Signal, From: bounded.From, Until: bounded.Until);
    }

    private static Period ClipToPublication(Found found, Period period) =>
        (found["part"] is { } part ? TimeLexicon.Value("sofar", part) : null, found.Anchor) switch
        {
            ("BEFORE", { } anchor) when period.From <= anchor && anchor <= period.Until => period with { Until = anchor },
            ("AFTER", { } anchor) when period.From <= anchor && anchor <= period.Until => period with { From = anchor },
            _ => period,
        };

    /// <summary>
    /// "the end of the year" names the current year unless the tense says otherwise: told in the
    /// past tense before that part has come, it is last year's (and the reverse for the future).
    /// </summary>
    private static int? ImpliedPeriodAgainstTense(Found found, Period part) =>
        found["calendar"] is null || found["relative"] is not null || found.Anchor is not { } anchor ? null
        : part.From > anchor && found.Tense == TenseCue.Past ? -1
        : part.Until < anchor && found.Tense == TenseCue.Future ? 1
        : null;

    private static TimeValue? DayWithPart(Found found, string? offsetText, string? impliedPart)
    {
        if (!int.TryParse(offsetText, CultureInfo.InvariantCulture, out var offset))
        {
            return null;
        }

        var daypart = found["daypart"] is { } named ? TimeLexicon.Value("daypart", named) : impliedPart;
        if (found.Anchor is not { } anchor)
        {
            return daypart is not null ? new TimeValue("TIME", $"{OpenDate}T{daypart}")
                : offset == 0 ? new TimeValue("DATE", "PRESENT_REF")
                : new TimeValue("DATE", OpenDate);
        }

        var day = Period.Day(anchor.AddDays(offset));
        return daypart is null
            ? new TimeValue("DATE", day.Value, found.Signal, From: day.From, Until: day.Until)
            : new TimeValue("TIME", $"{day.Value}T{daypart}", From: day.From, Until: day.Until);
    }

    /// <summary>The calendar period a date match names, or null when it names none.</summary>
    private static Period? Calendar(Found found)
    {
        if (found["century"] is { } century)
        {
            return NumberWords.ParseOrdinal(century) is { } ordinal and > 0 and <= 99 ? Period.Century(ordinal) : null;
        }

        if (found["decade"] is { } decade)
        {
            return Period.Decade(int.Parse(decade, CultureInfo.InvariantCulture));
        }

        if (found["decadeyy"] is { } decadeShort)
        {
            return Period.Decade(TwoDigitYear(int.Parse(decadeShort, CultureInfo.InvariantCulture), found.Anchor));
        }

        var year = found["year"] is { } fullYear ? int.Parse(fullYear, CultureInfo.InvariantCulture)
            : found["yy"] is { } shortYear ? TwoDigitYear(int.Parse(shortYear, CultureInfo.InvariantCulture), found.Anchor)
            : (int?)null;
        if (found["halfyear"] is { } halfText)
        {
            var relativeYear = found["calendar"] is null ? (int?)null
                : found.Anchor?.Year + (found["relative"] is { } relativeText ? int.Parse(TimeLexicon.Value("relative", relativeText)!, CultureInfo.InvariantCulture) : 0);
            return (year ?? relativeYear) is { } halfYear ? Period.HalfYear(halfYear, NumberWords.ParseOrdinal(halfText) ?? 1) : null;
        }

        if (found["quarter"] is { } quarterText)
        {
            var quarter = int.TryParse(quarterText, CultureInfo.InvariantCulture, out var digit) ? digit : NumberWords.ParseOrdinal(quarterText) ?? 0;
            return quarter is >= 1 and <= 4 && (year ?? found.Anchor?.Year) is { } quarterYear ? Period.Quarter(quarterYear, quarter) : null;
        }

        var holiday = found["holiday"] is { } holidayName ? TimeLexicon.Value("holiday", holidayName)!.Split('-') : null;
        var month = found["month"] is { } monthName ? int.Parse(TimeLexicon.Value("month", monthName)!, CultureInfo.InvariantCulture)
            : found["mm"] is { } monthDigits ? int.Parse(monthDigits, CultureInfo.InvariantCulture)
            : holiday is not null ? int.Parse(holiday[0], CultureInfo.InvariantCulture)
            : (int?)null;
        var day = found["day"] is { } dayText ? int.Parse(dayText.TrimEnd('s', 't', 'n', 'd', 'r', 'h', 'S', 'T', 'N', 'D', 'R', 'H'), CultureInfo.InvariantCulture)
            : holiday is not null ? int.Parse(holiday[1], CultureInfo.InvariantCulture)
            : (int?)null;

        // Numeric dates are read month first (12/28/2025) unless only day first makes sense (28/12/2025).
        if (found["mm"] is not null && month > 12 && day is >= 1 and <= 12)
        {
            (month, day) = (day, month);
        }

        if (month is < 1 or > 12)
        {
            return null;
        }

        if (found["season"] is { } seasonName)
        {
            var code = TimeLexicon.Value("season", seasonName)!;
            return year is { } seasonYear ? Period.Season(seasonYear, code) : RelativeSeason(found, code);
        }

        if (year is { } knownYear)
        {
            return month is null ? Period.Year(knownYear) : day is null ? Period.Month(knownYear, month.Value) : SafeDay(knownYear, month.Value, day.Value);
        }

        if (month is { } monthOnly)
        {
            return day is { } dayOfMonth ? NearDay(found, monthOnly, dayOfMonth) : NearMonth(found, monthOnly);
        }

        if (found["weekday"] is { } weekday)
        {
            return Weekday(found, int.Parse(TimeLexicon.Value("weekday", weekday)!, CultureInfo.InvariantCulture));
        }

        if (found["calendar"] is { } calendar)
        {
            var offset = found["relative"] is { } relative ? int.Parse(TimeLexicon.Value("relative", relative)!, CultureInfo.InvariantCulture) : 0;
            return RelativePeriod(found, TimeLexicon.Value("calendar", calendar)!, offset);
        }

        return null;
    }

    private static Period? SafeDay(int year, int month, int day) =>
        day >= 1 && day <= DateTime.DaysInMonth(year, month) ? Period.Day(new DateOnly(year, month, day)) : null;

    private static int TwoDigitYear(int twoDigits, DateOnly? anchor)
    {
        var current = anchor?.Year ?? DateTime.UtcNow.Year;
        var thisCentury = (current / 100 * 100) + twoDigits;
        return thisCentury > current + 1 && thisCentury > 100 ? thisCentury - 100 : thisCentury;
    }

    /// <summary>A month and day without a year: the occurrence the tense points at, else the nearest.</summary>
    private static Period? NearDay(Found found, int month, int day)
    {
        if (found.Anchor is not { } anchor)
        {
            return day is >= 1 and <= 31 ? new Period($"XXXX-{month:D2}-{day:D2}", DateOnly.MinValue, DateOnly.MaxValue) : null;
        }

        var candidates = Enumerable.Range(anchor.Year - 1, 3)
            .Select(year => SafeDay(year, month, day))
            .OfType<Period>()
            .ToList();
        return found["relative"] is { } relative
            ? RelativeChoice(candidates, anchor, TimeLexicon.Value("relative", relative), Period.Day(anchor))
            : Choose(candidates, anchor, found.Tense);
    }

    private static Period? NearMonth(Found found, int month)
    {
        if (found["relative"] is null && found["part"] is null && found["weekday"] is null && TimeLexicon.Contains("ambiguous", found.Match.Value.Trim())
            && !TimeLexicon.Contains("monthcue", found.PreviousWord))
        {
            return null;
        }

        if (found.Anchor is not { } anchor)
        {
            return new Period($"XXXX-{month:D2}", DateOnly.MinValue, DateOnly.MaxValue);
        }

        var candidates = Enumerable.Range(anchor.Year - 1, 3).Select(year => Period.Month(year, month)).ToList();
        return found["relative"] is { } relative
            ? RelativeChoice(candidates, anchor, TimeLexicon.Value("relative", relative), Period.Month(anchor.Year, anchor.Month))
            : Choose(candidates, anchor, found.Tense);
    }

    private static Period? Weekday(Found found, int isoDay)
    {
        if (found.Anchor is not { } anchor)
        {
            return new Period($"XXXX-WXX-{isoDay}", DateOnly.MinValue, DateOnly.MaxValue);
        }

        var anchorIso = ((int)anchor.DayOfWeek + 6) % 7 + 1;
        var back = anchor.AddDays(-((anchorIso - isoDay + 7) % 7));
        var candidates = new[] { back.AddDays(-7), back, back.AddDays(7) }.Select(Period.Day).ToList();
        if (found["relative"] is { } relative)
        {
            return RelativeChoice(candidates, anchor, TimeLexicon.Value("relative", relative), Period.Day(anchor));
        }

        // News looks back: a bare weekday is the latest one on or before publication unless the tense says future.
        return found.Tense == TenseCue.Future ? candidates.First(c => c.From >= anchor) : Period.Day(back);
    }

    /// <summary>"last July", "next Friday", "this summer": the candidate before, after or holding the anchor's own period.</summary>
    private static Period? RelativeChoice(IReadOnlyList<Period> candidates, DateOnly anchor, string? offsetText, Period current)
    {
        var offset = int.TryParse(offsetText, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        return offset switch
        {
            < 0 => candidates.LastOrDefault(c => c.Until < current.From),
            > 0 => candidates.FirstOrDefault(c => c.From > current.Until),
            _ => candidates.FirstOrDefault(c => c.From <= anchor && anchor <= c.Until)
                ?? candidates.Where(c => c.From.Year == anchor.Year).OrderBy(c => Math.Abs(c.From.DayNumber - anchor.DayNumber)).FirstOrDefault(),
        };
    }

    private static Period? Choose(IReadOnlyList<Period> candidates, DateOnly anchor, TenseCue tense)
    {
        var past = candidates.LastOrDefault(c => c.From <= anchor);
        var future = candidates.FirstOrDefault(c => c.Until >= anchor);
        return tense switch
        {
            TenseCue.Past => past ?? future,
            TenseCue.Future => future ?? past,
            _ => new[] { past, future }.OfType<Period>().OrderBy(c => Distance(c, anchor)).FirstOrDefault(),
        };
    }

    private static int Distance(Period period, DateOnly anchor) =>
        anchor < period.From ? period.From.DayNumber - anchor.DayNumber
        : anchor > period.Until ? anchor.DayNumber - period.Until.DayNumber
        : 0;

    private static Period? RelativeSeason(Found found, string code)
    {
        if (found.Anchor is not { } anchor)
        {
            return null;
        }

        var candidates = Enumerable.Range(anchor.Year - 2, 4).Select(year => Period.Season(year, code)).ToList();
        var offset = found["relative"] is { } relative ? TimeLexicon.Value("relative", relative) : "0";
        return offset switch
        {
            "0" => candidates.FirstOrDefault(c => c.From <= anchor && anchor <= c.Until) ?? Period.Season(anchor.Year, code),
            _ => RelativeChoice(candidates, anchor, offset, Period.Day(anchor)),
        };
    }

    /// <summary>"this week", "last month", "next year": the anchor's period shifted by whole units.</summary>
    private static Period? RelativePeriod(Found found, string unit, int offset)
    {
        if (found.Anchor is not { } anchor)
        {
            return null;
        }

        return unit switch
        {
            "W" => Period.Week(anchor.AddDays(7 * offset)),
            "WE" => Period.Weekend(anchor.AddDays(7 * offset)),
            "M" => Period.Month(anchor.AddMonths(offset).Year, anchor.AddMonths(offset).Month),
            "Y" => Period.Year(anchor.Year + offset),
            "Q" => Quarter(anchor.AddMonths(3 * offset)),
            "10Y" when offset == 0 => Period.Decade(anchor.Year),
            _ => null,
        };
    }

    private static Period Quarter(DateOnly day) => Period.Quarter(day.Year, ((day.Month - 1) / 3) + 1);

    private static TimeValue? Clock(Found found)
    {
        if (found["clockword"] is { } clockWord)
        {
            return new TimeValue("TIME", $"{OpenDate}T{TimeLexicon.Value("clockword", clockWord)}");
        }

        if (NumberWords.Parse(found["hour"]!) is not { } hourNumber || hourNumber != Math.Floor(hourNumber) || hourNumber > 23)
        {
            return null;
        }

        var hour = (int)hourNumber;
        var minute = found["minute"] is { } minuteText ? int.Parse(minuteText, CultureInfo.InvariantCulture) : 0;
        if (found["ampm"] is { } ampm)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            var afternoon = char.ToLowerInvariant(ampm[0]) == 'p';
            hour = (hour % 12) + (afternoon ? 12 : 0);
        }

        if (found["second"] is not { } secondText)
        {
            return new TimeValue("TIME", $"{OpenDate}T{hour:D2}:{minute:D2}");
        }

        // Clock times in news seldom give seconds; "finished in 3:07:35" is a length of time.
        var second = int.Parse(secondText, CultureInfo.InvariantCulture);
        return found["ampm"] is null && found["zone"] is null
            ? new TimeValue("DURATION", $"PT{hour}H{minute}M{second}S", Minutes: (hour * 60) + minute + (second / 60.0))
            : new TimeValue("TIME", $"{OpenDate}T{hour:D2}:{minute:D2}:{secondText}");
    }

    private static TimeValue? Duration(Found found) => found.Span is { } span
        ? new TimeValue("DURATION", span.Value, found.Modifier, span.Minutes, Hedge: found.Hedge)
        : null;

    /// <summary>"two years ago": the period that far before publication, at the unit's granularity.</summary>
    private static TimeValue? Ago(Found found)
    {
        if (found.Span is not { } span)
        {
            return null;
        }

        if (span.Amount is not { } amount || found.Anchor is not { } anchor)
        {
            return new TimeValue("DATE", "PAST_REF", found.Modifier);
        }

        return Shift(anchor, span.Unit, -amount) is { } period
            ? new TimeValue("DATE", period.Value, found.Modifier, From: period.From, Until: period.Until)
            : null;
    }

    /// <summary>"in a month": a date that far after publication when the sentence looks ahead, else a duration.</summary>
    private static TimeValue? Within(Found found)
    {
        if (found.Span is not { } span)
        {
            return null;
        }

        if (found.Tense != TenseCue.Future || found.Anchor is not { } anchor)
        {
            return new TimeValue("DURATION", span.Value, found.Modifier, span.Minutes);
        }

        if (span.Amount is not { } amount)
        {
            return new TimeValue("DATE", "FUTURE_REF", found.Modifier);
        }

        return Shift(anchor, span.Unit, amount) is { } period
            ? new TimeValue("DATE", period.Value, found.Modifier, From: period.From, Until: period.Until)
            : null;
    }

    private static Period? Shift(DateOnly anchor, string unit, double amount)
    {
        var (multiple, designator) = DurationSpan.SplitUnit(unit);
        var whole = (int)Math.Round(amount * multiple);
        var months = designator switch
        {
            "Y" => 12 * whole,
            "M" => whole,
            _ => 0,
        };
        var days = designator switch
        {
            "W" => 7 * whole,
            "D" => whole,
            _ => 0,
        };
        var monthIndex = (anchor.Year * 12) + anchor.Month - 1 + months;
        var dayNumber = anchor.DayNumber + days;
        if (monthIndex < 12 * 2 || monthIndex >= 12 * 9999 || dayNumber < DateOnly.MinValue.DayNumber + 400 || dayNumber > DateOnly.MaxValue.DayNumber - 400)
        {
            return null;
        }

        var day = DateOnly.FromDayNumber(dayNumber).AddMonths(months);
        return designator switch
        {
            "Y" => Period.Year(day.Year),
            "M" => Period.Month(day.Year, day.Month),
            "W" => Period.Week(day),
            "D" or "TH" or "TM" or "TS" => Period.Day(day),
            _ => null,
        };
    }

    private static TimeValue? Set(Found found)
    {
        if (found["frequency"] is { } frequency)
        {
            return new TimeValue("SET", TimeLexicon.Value("frequency", frequency)!);
        }

        if (found["weekday"] is { } weekday)
        {
            return new TimeValue("SET", $"XXXX-WXX-{TimeLexicon.Value("weekday", weekday)}");
        }

        if (found["daypart"] is { } daypart)
        {
            return new TimeValue("SET", $"{OpenDate}T{TimeLexicon.Value("daypart", daypart)}");
        }

        var unit = found["unit"];
        return unit is not null && DurationSpan.From(found["num"] ?? "one", false, unit, null, null) is { Amount: not null } span
            ? new TimeValue("SET", span.Value)
            : null;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>The groups of one match with the context the normalizer asks about.</summary>
    private sealed class Found(Match match, string text, DateOnly? anchor)
    {
        private TenseCue? tense;

        public Match Match => match;

        public DateOnly? Anchor => anchor;

        public TenseCue Tense => tense ??= Readout.Times.Tense.Around(text, match.Index, match.Index + match.Length);

        public string PreviousWord
        {
            get
            {
                var before = text.AsSpan(0, match.Index).TrimEnd();
                var start = before.Length;
                while (start > 0 && (char.IsLetter(before[start - 1]) || before[start - 1] == '-'))
                {
                    start--;
                }

                return before[start..].ToString();
            }
        }

        /// <summary>The bound a preceding preposition puts on a date ("since 2022").</summary>
        public string? Signal => TimeLexicon.Value("signal", PreviousWord);

        public string? Modifier => this["modifier"] is { } modifier ? NullIfEmpty(TimeLexicon.Value("modifier", modifier)) : null;

        /// <summary>The words of a modifier that qualifies the amount ("just under"), as written but lower-cased.</summary>
        public string? Hedge => Modifier is not null ? TimeLexicon.Fold(this["modifier"]!) : null;

        /// <summary>The length named; "hourlong" names one unit without a number.</summary>
        public DurationSpan? Span => this["unit"] is null ? null
            : DurationSpan.From(this["num"] ?? (this["long"] is null ? null : "one"), this["half"] is not null, this["unit"]!, this["num2"], this["unit2"]);

        /// <summary>"the next decade" names a length of time rather than a calendar period.</summary>
        public TimeValue? DurationInstead =>
            this["calendar"] is { } calendar && this["relative"] is { } relative && TimeLexicon.Value("relative", relative) != "0"
                && DurationSpan.From("one", false, calendar, null, null) is { Amount: not null } span && TimeLexicon.Value("calendar", calendar) is "10Y" or "100Y"
                ? new TimeValue("DURATION", span.Value, Minutes: span.Minutes)
                : null;

        public string? this[string name] => match.Groups[name] is { Success: true } group ? group.Value : null;
    }
}
