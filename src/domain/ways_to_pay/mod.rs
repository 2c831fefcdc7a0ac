//! Ways to pay beyond dividing one total by one key: taking part for part of the year ([`months`]), paying
//! partly with work ([`in_kind`]), and fixed tariffs per size class ([`tariffs`]). Marginal size bands are
//! another weight function and live with the other weights in `key`.
//!
//! Each is a generalisation of the one formula `clamp(base_i + L * weight_i, minimum_i, maximum_i)`: months
//! scale a member's weight, base and bounds; tariffs are bases with no weight; work in kind comes after the
//! division, between a member's contribution and its invoice.

pub mod in_kind;
pub mod months;
pub mod tariffs;
