//! `bytecodes.def` text -> [`ast::File`], with the pest grammar in `grammar.pest`.

use crate::ast::*;
use crate::error::Diagnostic;
use pest::iterators::Pair;
use pest::Parser;

#[derive(pest_derive::Parser)]
#[grammar = "grammar.pest"]
struct DefParser;

fn span_of(p: &Pair<Rule>) -> Span {
    let s = p.as_span();
    Span {
        start: s.start(),
        end: s.end(),
    }
}

fn ident(p: Pair<Rule>) -> Ident {
    Ident {
        name: p.as_str().to_string(),
        span: span_of(&p),
    }
}

fn rule_name(r: &Rule) -> Option<&'static str> {
    Some(match r {
        Rule::ident => "a name",
        Rule::number => "a number",
        Rule::annotation => "an annotation",
        Rule::kw_inst => "`inst`",
        Rule::kw_op => "`op`",
        Rule::stack_effect => "a stack effect `(inputs -- outputs)`",
        Rule::body => "a body `{ ... }`",
        Rule::macro_part => "a uop name or cache entry",
        Rule::cache_item => "a cache entry `name/size`",
        Rule::stack_item => "a stack item",
        Rule::inputs => "stack inputs",
        Rule::outputs => "stack outputs",
        Rule::ident_list => "a list of names",
        Rule::array_size => "an array size `[n]`",
        Rule::type_fact => "a type fact `: type`",
        Rule::condition => "a condition `if (cond)`",
        Rule::EOI => "end of file",
        Rule::inst_def | Rule::op_def | Rule::macro_def | Rule::family_def | Rule::pseudo_def => {
            "a definition (`inst`, `op`, `macro`, `family` or `pseudo`)"
        }
        _ => return None,
    })
}

fn pest_error(source: &str, e: pest::error::Error<Rule>) -> Diagnostic {
    use pest::error::{ErrorVariant, InputLocation};
    let pos = match e.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((s, _)) => s,
    };
    let message = match &e.variant {
        ErrorVariant::ParsingError { positives, .. } => {
            let mut names: Vec<&str> = positives.iter().filter_map(rule_name).collect();
            names.dedup();
            let found = describe_found(source, pos);
            if names.is_empty() {
                format!("unexpected {found}")
            } else {
                format!("expected {}, found {found}", join_or(&names))
            }
        }
        ErrorVariant::CustomError { message } => message.clone(),
    };
    let end = (pos + 1).min(source.len()).max(pos);
    Diagnostic::new(Span { start: pos, end }, message)
}

fn describe_found(source: &str, pos: usize) -> String {
    let rest = &source[pos.min(source.len())..];
    match rest.chars().next() {
        None => "end of file".to_string(),
        Some(c) if c.is_alphanumeric() || c == '_' => {
            let word: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            format!("`{word}`")
        }
        Some(c) => format!("`{c}`"),
    }
}

fn join_or(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [a] => a.to_string(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// Parses a whole file.
pub fn parse(source: &str) -> Result<File, Diagnostic> {
    let mut pairs = DefParser::parse(Rule::file, source).map_err(|e| pest_error(source, e))?;
    let file_pair = pairs
        .next()
        .expect("the file rule always produces one pair");
    let mut file = File::default();
    for p in file_pair.into_inner() {
        let def = match p.as_rule() {
            Rule::inst_def | Rule::op_def => Definition::Op(op_def(p)?),
            Rule::macro_def => Definition::Macro(macro_def(p)?),
            Rule::family_def => Definition::Family(family_def(p)?),
            Rule::pseudo_def => Definition::Pseudo(pseudo_def(p)?),
            Rule::EOI => continue,
            r => unreachable!("grammar produced {r:?} at top level"),
        };
        file.definitions.push(def);
    }
    Ok(file)
}

fn number(p: Pair<Rule>) -> Result<u32, Diagnostic> {
    p.as_str()
        .parse()
        .map_err(|_| Diagnostic::new(span_of(&p), "number too large"))
}

fn op_def(p: Pair<Rule>) -> Result<OpDef, Diagnostic> {
    let is_inst = p.as_rule() == Rule::inst_def;
    let span = span_of(&p);
    let mut annotations = Vec::new();
    let mut name = None;
    let mut effect = None;
    let mut body = None;
    for q in p.into_inner() {
        match q.as_rule() {
            Rule::annotation => {
                let a = match q.as_str() {
                    "pure" => Annotation::Pure,
                    "specializing" => Annotation::Specializing,
                    "tier1" => Annotation::Tier1,
                    "tier2" => Annotation::Tier2,
                    "cold" => Annotation::Cold,
                    "fused" => Annotation::Fused,
                    _ => Annotation::Override,
                };
                annotations.push((a, span_of(&q)));
            }
            Rule::kw_inst | Rule::kw_op => {}
            Rule::ident => name = Some(ident(q)),
            Rule::stack_effect => effect = Some(stack_effect(q)?),
            Rule::body => {
                let text = q.into_inner().next().expect("body has text");
                body = Some((text.as_str().to_string(), span_of(&text)));
            }
            r => unreachable!("unexpected {r:?} in op"),
        }
    }
    let (body, body_span) = body.expect("grammar requires a body");
    Ok(OpDef {
        is_inst,
        annotations,
        name: name.expect("grammar requires a name"),
        effect: effect.expect("grammar requires a stack effect"),
        body,
        body_span,
        span,
    })
}

fn stack_effect(p: Pair<Rule>) -> Result<StackEffect, Diagnostic> {
    let span = span_of(&p);
    let mut inputs = Vec::new();
    let mut outputs = Vec::new();
    for q in p.into_inner() {
        match q.as_rule() {
            Rule::inputs => {
                for item in q.into_inner() {
                    inputs.push(match item.as_rule() {
                        Rule::cache_item => InputItem::Cache(cache_item(item)?),
                        _ => InputItem::Stack(stack_item(item)),
                    });
                }
            }
            Rule::outputs => {
                for item in q.into_inner() {
                    outputs.push(stack_item(item));
                }
            }
            r => unreachable!("unexpected {r:?} in stack effect"),
        }
    }
    Ok(StackEffect {
        inputs,
        outputs,
        span,
    })
}

fn cache_item(p: Pair<Rule>) -> Result<CacheItem, Diagnostic> {
    let mut it = p.into_inner();
    let name = ident(it.next().expect("cache name"));
    let size = number(it.next().expect("cache size"))?;
    Ok(CacheItem { name, size })
}

fn stack_item(p: Pair<Rule>) -> StackItem {
    let mut item = StackItem {
        name: Ident {
            name: String::new(),
            span: span_of(&p),
        },
        size: None,
        fact: None,
        cond: None,
    };
    for q in p.into_inner() {
        match q.as_rule() {
            Rule::ident => item.name = ident(q),
            Rule::array_size => {
                let e = q.into_inner().next().expect("size expr");
                item.size = Some((e.as_str().trim().to_string(), span_of(&e)));
            }
            Rule::type_fact => item.fact = Some(ident(q.into_inner().next().expect("fact"))),
            Rule::condition => {
                let e = q.into_inner().next().expect("cond expr");
                item.cond = Some((e.as_str().trim().to_string(), span_of(&e)));
            }
            r => unreachable!("unexpected {r:?} in stack item"),
        }
    }
    item
}

fn macro_def(p: Pair<Rule>) -> Result<MacroDef, Diagnostic> {
    let span = span_of(&p);
    let mut it = p.into_inner();
    let name = ident(it.next().expect("macro name"));
    let mut parts = Vec::new();
    for q in it {
        let inner = q.into_inner().next().expect("macro part");
        parts.push(match inner.as_rule() {
            Rule::cache_item => MacroPart::Cache(cache_item(inner)?),
            _ => MacroPart::Op(ident(inner)),
        });
    }
    Ok(MacroDef { name, parts, span })
}

fn ident_list(p: Option<Pair<Rule>>) -> Vec<Ident> {
    p.map(|p| p.into_inner().map(ident).collect())
        .unwrap_or_default()
}

fn family_def(p: Pair<Rule>) -> Result<FamilyDef, Diagnostic> {
    let span = span_of(&p);
    let mut it = p.into_inner();
    let head = ident(it.next().expect("family head"));
    let n = it.next().expect("cache size");
    let cache_span = span_of(&n);
    let cache = number(n)?;
    let members = ident_list(it.next());
    Ok(FamilyDef {
        head,
        cache,
        cache_span,
        members,
        span,
    })
}

fn pseudo_def(p: Pair<Rule>) -> Result<PseudoDef, Diagnostic> {
    let span = span_of(&p);
    let mut it = p.into_inner();
    let name = ident(it.next().expect("pseudo name"));
    let effect = stack_effect(it.next().expect("pseudo effect"))?;
    let targets = ident_list(it.next());
    Ok(PseudoDef {
        name,
        effect,
        targets,
        span,
    })
}
