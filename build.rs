//! Gives the code the date it was built (`BW_BUILD_DATE`, `YYYY-MM-DD` in UTC), shown in the page footer
//! and written into exported files beside the version from Cargo.toml. A build script rather than an
//! environment variable set by ./setup.sh, so that `trunk serve`, `trunk build`, `cargo test` and a fresh
//! clone all get one without any set-up. `SOURCE_DATE_EPOCH` (reproducible builds) overrides the clock.

use std::time::{SystemTime, UNIX_EPOCH};

fn main() {
    // The date moves when the code it describes is compiled again, not on every build of unchanged code.
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=Cargo.toml");
    println!("cargo:rerun-if-changed=Cargo.lock");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|value| value.trim().parse::<u64>().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|since| since.as_secs())
                .unwrap_or(0)
        });
    let (year, month, day) = civil_date(seconds / 86_400);
    println!("cargo:rustc-env=BW_BUILD_DATE={year:04}-{month:02}-{day:02}");
}

/// The proleptic Gregorian date of a day counted from 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_date(days_since_epoch: u64) -> (u64, u64, u64) {
    let z = days_since_epoch + 719_468;
    let era = z / 146_097;
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    (year, month, day)
}
