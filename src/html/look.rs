//! The looks of the page's buttons: NL Design System (Utrecht) classes, written in one place for the app's
//! `Button` and the first module's markup.

/// How prominent a button is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Look {
    /// The one action a part of the page is about (add a scenario, take over a pasted list).
    Primary,
    /// Any other action.
    #[default]
    Secondary,
    /// Small actions within a row (move, remove) and dismissing a message.
    Subtle,
}

impl Look {
    /// The Utrecht classes of this look, also for a label that looks like a button (the file picker).
    pub fn class(self) -> &'static str {
        match self {
            Look::Primary => "utrecht-button utrecht-button--primary-action",
            Look::Secondary => "utrecht-button utrecht-button--secondary-action",
            Look::Subtle => "utrecht-button utrecht-button--subtle",
        }
    }
}
