//! Strings of drafts, JSON files, share links, CSV, print and offline use.

pub struct KeepTexts {}

pub static NL: KeepTexts = KeepTexts {};

pub static EN: KeepTexts = KeepTexts {};
