//! ISO-8601 durations (`P30D`, `P1Y6M`, `PT12H`) for retention periods.
//!
//! Years and months are calendar units (P1M from Jan 31 is Feb 28/29), matching what a person
//! reading a retention schedule expects; weeks, days and time parts are exact.

use std::str::FromStr;

use time::{Date, Duration, Month, OffsetDateTime};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct IsoDuration {
    pub years: u32,
    pub months: u32,
    pub weeks: u32,
    pub days: u32,
    pub hours: u32,
    pub minutes: u32,
    pub seconds: u32,
}

impl FromStr for IsoDuration {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let bad =
            || format!("retention {s:?} is not an ISO-8601 duration such as P30D, P1Y or PT12H");
        let rest = s.strip_prefix('P').ok_or_else(bad)?;
        let mut d = IsoDuration::default();
        let mut in_time = false;
        let mut num = String::new();
        let mut any = false;
        for c in rest.chars() {
            match c {
                'T' if !in_time && num.is_empty() => in_time = true,
                '0'..='9' => num.push(c),
                _ => {
                    let n: u32 = num.parse().map_err(|_| bad())?;
                    num.clear();
                    any = true;
                    match (in_time, c) {
                        (false, 'Y') => d.years = n,
                        (false, 'M') => d.months = n,
                        (false, 'W') => d.weeks = n,
                        (false, 'D') => d.days = n,
                        (true, 'H') => d.hours = n,
                        (true, 'M') => d.minutes = n,
                        (true, 'S') => d.seconds = n,
                        _ => return Err(bad()),
                    }
                }
            }
        }
        if !num.is_empty() || !any {
            return Err(bad());
        }
        Ok(d)
    }
}

impl IsoDuration {
    pub fn add_to(&self, t: OffsetDateTime) -> OffsetDateTime {
        let total_months = t.month() as i64 - 1 + self.months as i64 + 12 * self.years as i64;
        let year = t.year() + (total_months / 12) as i32;
        let month = Month::try_from((total_months % 12 + 1) as u8).expect("month in 1..=12");
        let last = time::util::days_in_month(month, year);
        let date =
            Date::from_calendar_date(year, month, t.day().min(last)).expect("valid clamped date");
        t.replace_date(date)
            + Duration::weeks(self.weeks as i64)
            + Duration::days(self.days as i64)
            + Duration::hours(self.hours as i64)
            + Duration::minutes(self.minutes as i64)
            + Duration::seconds(self.seconds as i64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn parses_and_adds() {
        let t = datetime!(2026-01-31 10:00 UTC);
        let d: IsoDuration = "P30D".parse().unwrap();
        assert_eq!(d.add_to(t), datetime!(2026-03-02 10:00 UTC));
        let d: IsoDuration = "P1M".parse().unwrap();
        assert_eq!(d.add_to(t), datetime!(2026-02-28 10:00 UTC));
        let d: IsoDuration = "P1Y2M3DT4H5M6S".parse().unwrap();
        assert_eq!(d.add_to(t), datetime!(2027-04-03 14:05:06 UTC));
        let d: IsoDuration = "PT12H".parse().unwrap();
        assert_eq!(d.add_to(t), datetime!(2026-01-31 22:00 UTC));
    }

    #[test]
    fn rejects_garbage() {
        for s in ["30D", "P", "PD", "P3X", "P1H", "PT", "P1.5D", ""] {
            assert!(s.parse::<IsoDuration>().is_err(), "{s}");
        }
    }
}
