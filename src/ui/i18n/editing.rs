//! Strings of sections 2 to 4: budget scenarios, participants and key, results.

pub struct EditTexts {}

pub static NL: EditTexts = EditTexts {};

pub static EN: EditTexts = EditTexts {};
