//! The keyboard behaviour of the prospect page's municipality field, a combobox with a list popup as the
//! WAI-ARIA Authoring Practices describe it (ARIA 1.2): focus stays in the field, the highlighted option is
//! named by `aria-activedescendant`, arrow keys move it (and open the list), Enter chooses, Escape closes.
//! Plain state, so the rules are tested natively; `live` applies the outcome to the page.

/// The keys the field handles itself; every other key types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Down,
    Up,
    Enter,
    Escape,
}

impl Key {
    /// From `KeyboardEvent.key`; Alt+ArrowDown opens the list like ArrowDown.
    pub fn from_name(name: &str) -> Option<Key> {
        Some(match name {
            "ArrowDown" | "Down" => Key::Down,
            "ArrowUp" | "Up" => Key::Up,
            "Enter" => Key::Enter,
            "Escape" | "Esc" => Key::Escape,
            _ => return None,
        })
    }
}

/// What the page should do after a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Redraw the list: it opened, closed or its highlight moved.
    Redraw,
    /// Choose this option.
    Choose(usize),
    /// Enter without a highlighted option: take what was typed (a number, or a name that matches).
    ChooseTyped,
    /// Not handled: let the browser do its default.
    Ignored,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Combobox {
    /// How many options the list holds.
    pub count: usize,
    pub open: bool,
    /// The highlighted option.
    pub active: Option<usize>,
}

impl Combobox {
    /// New options, after typing: the list opens when there is something to show, nothing highlighted.
    pub fn show(&mut self, count: usize) {
        self.count = count;
        self.open = count > 0;
        self.active = None;
    }

    pub fn close(&mut self) {
        self.open = false;
        self.active = None;
    }

    /// Handles one key. Arrow keys open a closed list (down at the first option, up at the last) and wrap
    /// around at its ends.
    pub fn key(&mut self, key: Key) -> Outcome {
        match key {
            Key::Down | Key::Up if self.count == 0 => Outcome::Ignored,
            Key::Down => {
                let next = match (self.open, self.active) {
                    (true, Some(index)) if index + 1 < self.count => index + 1,
                    _ => 0,
                };
                self.open = true;
                self.active = Some(next);
                Outcome::Redraw
            }
            Key::Up => {
                let last = self.count - 1;
                let previous = match (self.open, self.active) {
                    (true, Some(index)) if index > 0 => index - 1,
                    _ => last,
                };
                self.open = true;
                self.active = Some(previous);
                Outcome::Redraw
            }
            Key::Enter => match (self.open, self.active) {
                (true, Some(index)) if index < self.count => {
                    self.close();
                    Outcome::Choose(index)
                }
                _ => {
                    self.close();
                    Outcome::ChooseTyped
                }
            },
            Key::Escape if self.open => {
                self.close();
                Outcome::Redraw
            }
            Key::Escape => Outcome::Ignored,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_open_the_list_move_the_highlight_and_wrap() {
        let mut combobox = Combobox::default();
        combobox.show(3);
        assert!(combobox.open);
        assert_eq!(combobox.active, None);
        assert_eq!(combobox.key(Key::Down), Outcome::Redraw);
        assert_eq!(combobox.active, Some(0));
        combobox.key(Key::Down);
        combobox.key(Key::Down);
        assert_eq!(combobox.active, Some(2));
        combobox.key(Key::Down);
        assert_eq!(combobox.active, Some(0), "wraps to the first");
        combobox.key(Key::Up);
        assert_eq!(combobox.active, Some(2), "wraps to the last");
        combobox.key(Key::Up);
        assert_eq!(combobox.active, Some(1));
    }

    #[test]
    fn a_closed_list_opens_at_the_first_or_last_option() {
        let mut combobox = Combobox::default();
        combobox.show(4);
        combobox.key(Key::Escape);
        assert!(!combobox.open);
        combobox.key(Key::Up);
        assert_eq!((combobox.open, combobox.active), (true, Some(3)));
        combobox.close();
        combobox.key(Key::Down);
        assert_eq!((combobox.open, combobox.active), (true, Some(0)));
    }

    #[test]
    fn enter_chooses_the_highlighted_option_or_what_was_typed() {
        let mut combobox = Combobox::default();
        combobox.show(2);
        combobox.key(Key::Down);
        combobox.key(Key::Down);
        assert_eq!(combobox.key(Key::Enter), Outcome::Choose(1));
        assert!(!combobox.open);
        combobox.show(2);
        assert_eq!(combobox.key(Key::Enter), Outcome::ChooseTyped);
        combobox.show(0);
        assert_eq!(combobox.key(Key::Enter), Outcome::ChooseTyped);
    }

    #[test]
    fn escape_closes_an_open_list_and_is_left_alone_otherwise() {
        let mut combobox = Combobox::default();
        combobox.show(2);
        combobox.key(Key::Down);
        assert_eq!(combobox.key(Key::Escape), Outcome::Redraw);
        assert_eq!((combobox.open, combobox.active), (false, None));
        assert_eq!(combobox.key(Key::Escape), Outcome::Ignored);
    }

    #[test]
    fn without_options_arrows_do_nothing() {
        let mut combobox = Combobox::default();
        combobox.show(0);
        assert!(!combobox.open);
        assert_eq!(combobox.key(Key::Down), Outcome::Ignored);
        assert_eq!(combobox.key(Key::Up), Outcome::Ignored);
        assert_eq!(combobox.active, None);
    }

    #[test]
    fn key_names_are_read_as_browsers_send_them() {
        assert_eq!(Key::from_name("ArrowDown"), Some(Key::Down));
        assert_eq!(Key::from_name("Esc"), Some(Key::Escape));
        assert_eq!(Key::from_name("a"), None);
        assert_eq!(Key::from_name("Tab"), None);
    }
}
