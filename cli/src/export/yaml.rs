//! A YAML 1.2 emitter for JSON values, in block style: every string is a double-quoted
//! scalar with JSON's escapes (a subset of YAML's), so nothing is read back as another type.

use serde_json::Value;

/// `value` as a YAML document.
pub fn to_yaml(value: &Value) -> String {
    let mut out = String::new();
    match value {
        Value::Object(map) if !map.is_empty() => write_map(map, 0, &mut out),
        Value::Array(items) if !items.is_empty() => write_seq(items, 0, &mut out),
        scalar => {
            out.push_str(&inline(scalar));
            out.push('\n');
        }
    }
    out
}

/// A scalar, or an empty collection, on one line.
fn inline(value: &Value) -> String {
    match value {
        Value::Object(_) => "{}".to_owned(),
        Value::Array(_) => "[]".to_owned(),
        // `null`, `true`, numbers and quoted strings are the same in JSON and YAML.
        other => other.to_string(),
    }
}

fn is_block(value: &Value) -> bool {
    match value {
        Value::Object(map) => !map.is_empty(),
        Value::Array(items) => !items.is_empty(),
        _ => false,
    }
}

fn write_map(map: &serde_json::Map<String, Value>, indent: usize, out: &mut String) {
    for (key, value) in map {
        out.push_str(&" ".repeat(indent));
        out.push_str(&Value::String(key.clone()).to_string());
        out.push(':');
        write_value(value, indent, out);
    }
}

fn write_seq(items: &[Value], indent: usize, out: &mut String) {
    for value in items {
        out.push_str(&" ".repeat(indent));
        out.push('-');
        write_value(value, indent, out);
    }
}

/// After `key:` or `-`: a scalar on the same line, a collection on the next lines.
fn write_value(value: &Value, indent: usize, out: &mut String) {
    if is_block(value) {
        out.push('\n');
        match value {
            Value::Object(map) => write_map(map, indent + 2, out),
            Value::Array(items) => write_seq(items, indent + 2, out),
            _ => {}
        }
    } else {
        out.push(' ');
        out.push_str(&inline(value));
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::to_yaml;
    use serde_json::json;

    #[test]
    fn block_style_with_quoted_strings() {
        let value = json!({
            "a": { "b": [1, "two", null, true, [], {}], "c": "x: \"y\"\n#z" },
            "empty": {},
        });
        assert_eq!(
            to_yaml(&value),
            "\"a\":\n  \"b\":\n    - 1\n    - \"two\"\n    - null\n    - true\n    - []\n    - {}\n  \
             \"c\": \"x: \\\"y\\\"\\n#z\"\n\"empty\": {}\n"
        );
        assert_eq!(to_yaml(&json!([{"k": 1}])), "-\n  \"k\": 1\n");
    }
}
