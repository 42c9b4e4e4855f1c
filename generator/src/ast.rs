//! The syntax tree of `bytecodes.def`, as the parser builds it: every node keeps
//! the byte span it came from, so later phases can report errors precisely.

/// A byte range in the source file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Annotation {
    Pure,
    Specializing,
    Tier1,
    Tier2,
    Override,
    Cold,
    /// The op completes the instruction that follows the macro it ends.
    Fused,
}

impl Annotation {
    pub fn name(self) -> &'static str {
        match self {
            Annotation::Pure => "pure",
            Annotation::Specializing => "specializing",
            Annotation::Cold => "cold",
            Annotation::Tier1 => "tier1",
            Annotation::Tier2 => "tier2",
            Annotation::Override => "override",
            Annotation::Fused => "fused",
        }
    }
}

/// `name/size`: an inline cache entry of `size` 16-bit code units.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CacheItem {
    pub name: Ident,
    pub size: u32,
}

impl CacheItem {
    pub fn is_unused(&self) -> bool {
        self.name.name == "unused"
    }
}

/// A stack item: `name`, `name[size]`, `name: fact`, `name if (cond)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StackItem {
    pub name: Ident,
    /// Array size, a Rust expression over `oparg`.
    pub size: Option<(String, Span)>,
    pub fact: Option<Ident>,
    /// Condition, a Rust expression over `oparg`.
    pub cond: Option<(String, Span)>,
}

impl StackItem {
    pub fn is_array(&self) -> bool {
        self.size.is_some()
    }
    pub fn is_unused(&self) -> bool {
        self.name.name == "unused"
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputItem {
    Cache(CacheItem),
    Stack(StackItem),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StackEffect {
    pub inputs: Vec<InputItem>,
    pub outputs: Vec<StackItem>,
    pub span: Span,
}

impl StackEffect {
    pub fn stack_inputs(&self) -> impl Iterator<Item = &StackItem> {
        self.inputs.iter().filter_map(|i| match i {
            InputItem::Stack(s) => Some(s),
            InputItem::Cache(_) => None,
        })
    }
    pub fn caches(&self) -> impl Iterator<Item = &CacheItem> {
        self.inputs.iter().filter_map(|i| match i {
            InputItem::Cache(c) => Some(c),
            InputItem::Stack(_) => None,
        })
    }
}

/// `inst(...)` or `op(...)`.
#[derive(Clone, Debug)]
pub struct OpDef {
    pub is_inst: bool,
    pub annotations: Vec<(Annotation, Span)>,
    pub name: Ident,
    pub effect: StackEffect,
    /// The text between the body's braces.
    pub body: String,
    /// Span of `body` (without the braces).
    pub body_span: Span,
    pub span: Span,
}

impl OpDef {
    pub fn has(&self, a: Annotation) -> bool {
        self.annotations.iter().any(|(x, _)| *x == a)
    }
}

#[derive(Clone, Debug)]
pub enum MacroPart {
    Op(Ident),
    Cache(CacheItem),
}

#[derive(Clone, Debug)]
pub struct MacroDef {
    pub name: Ident,
    pub parts: Vec<MacroPart>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FamilyDef {
    pub head: Ident,
    pub cache: u32,
    pub cache_span: Span,
    pub members: Vec<Ident>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct PseudoDef {
    pub name: Ident,
    pub effect: StackEffect,
    pub targets: Vec<Ident>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Definition {
    Op(OpDef),
    Macro(MacroDef),
    Family(FamilyDef),
    Pseudo(PseudoDef),
}

#[derive(Clone, Debug, Default)]
pub struct File {
    pub definitions: Vec<Definition>,
}
