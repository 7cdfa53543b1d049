//! The command line: diagnostics, uncaught exceptions, flags.

use std::process::Command;

fn run(args: &[&str], source: &str) -> (i32, String, String) {
    let dir = std::env::temp_dir().join(format!("protojit-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("t{}.js", source.len() ^ args.len()));
    std::fs::write(&file, source).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_protojit"))
        .arg("run")
        .args(args)
        .arg(&file)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).replace(file.to_str().unwrap(), "t.js"),
    )
}

#[test]
fn syntax_error_is_a_located_diagnostic() {
    let (code, out, err) = run(&["--interp"], "let x = 1;\nlet = ;\n");
    assert_eq!(code, 1);
    assert_eq!(out, "");
    assert!(err.starts_with("t.js:2:"), "{err}");
    assert!(err.contains("SyntaxError"), "{err}");
    assert!(err.contains('^'), "caret under the column: {err}");
}

#[test]
fn unsupported_feature_is_a_located_diagnostic() {
    let (code, _, err) = run(&["--interp"], "function* g() {}\n");
    assert_eq!(code, 1);
    assert_eq!(err.trim_end(), "t.js:1:1: unsupported: generator functions");
}

#[test]
fn uncaught_error_prints_message_and_location() {
    let (code, out, err) = run(
        &["--interp"],
        "console.log('before');\nfunction f() { return null.x; }\nf();\n",
    );
    assert_eq!(code, 1);
    assert_eq!(out, "before\n");
    let mut lines = err.lines();
    assert_eq!(
        lines.next(),
        Some("Uncaught TypeError: Cannot read properties of null (reading 'x')")
    );
    let at = lines.next().unwrap_or("");
    assert!(at.contains("t.js:2:"), "location of the error: {err}");
}

#[test]
fn uncaught_non_error_value() {
    let (code, _, err) = run(&["--interp"], "throw { code: 42 };\n");
    assert_eq!(code, 1);
    assert_eq!(err.lines().next(), Some("Uncaught { code: 42 }"));
    assert!(err.contains("t.js:1:1"), "{err}");
}

#[test]
fn deep_recursion_is_a_range_error() {
    let (code, out, _) = run(
        &["--interp"],
        "function f(n) { return f(n + 1) + 1; }\ntry { f(0); } catch (e) { console.log(e instanceof RangeError, e.message); }\n",
    );
    assert_eq!(code, 0);
    assert_eq!(out, "true Maximum call stack size exceeded\n");
}

#[test]
fn huge_string_is_a_range_error() {
    let (code, out, _) = run(
        &["--interp"],
        "let s = 'x'; try { while (true) s += s; } catch (e) { console.log(e.name, e.message); }\n",
    );
    assert_eq!(code, 0);
    assert_eq!(out, "RangeError Invalid string length\n");
}

#[test]
fn print_ir_prints_the_script() {
    let (code, out, _) = run(&["--print-ir"], "var a = 1; a.b;\n");
    assert_eq!(code, 0);
    assert!(out.starts_with("function f0 \"\" script"), "{out}");
    assert!(out.contains("get_prop"), "{out}");
}

#[test]
fn loops_behind_empty_headers_enter_native_code() {
    // `for (;;)` makes a loop header that only jumps on; the interpreter's
    // back edge skips it, and OSR must still find the loop.
    // No value is carried around the loop, so its header has no parameters.
    let src = "function spin(o, n) {\n  for (;;) {\n    o.i++;\n    if (o.i === n) return o.i;\n  }\n}\nconsole.log(spin({ i: 0 }, 5000));\n";
    let (code, out, err) = run(&["--jit", "--jit-sync", "--trace-tier"], src);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "5000\n");
    assert!(err.contains("[tier] OSR into spin at block"), "{err}");
}

#[test]
fn background_compilation_installs_code_while_the_program_runs() {
    // By default the JIT compiles on its own thread and the interpreter
    // goes on meanwhile: the code still lands (the calls after it run
    // natively) and the result is the same as with compiling in place.
    let src = "function work(o, n) {\n  var s = 0;\n  for (var i = 0; i < n; i++) s = (s + o.x * i) % 1000003;\n  return s;\n}\nvar t = 0;\nfor (var k = 0; k < 3000; k++) t = (t + work({ x: k }, 2000)) % 1000003;\nconsole.log(t);\n";
    let (code, out, err) = run(&["--jit", "--trace-tier", "--stats"], src);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "522578\n");
    let (_, sync_out, _) = run(&["--jit", "--jit-sync"], src);
    let (_, interp_out, _) = run(&["--interp"], src);
    assert_eq!(out, interp_out);
    assert_eq!(out, sync_out);
    assert!(err.contains("[tier] compiled work after"), "{err}");
    assert!(err.contains(" 0 failed"), "{err}");
}

#[test]
fn fast_code_is_replaced_by_optimised_code_while_the_program_runs() {
    // With --jit-fast-first every function's code is made without
    // Cranelift's optimisations first and replaced by optimised code of
    // the same compilation later (installed at a collection, as the
    // program allocates); results do not change across the switch.
    let src = "function P(x, y) { this.x = x; this.y = y; }\nP.prototype.add = function (o) { return new P(this.x + o.x, (this.y * 3 + o.y) % 1000003); };\nfunction norm(p) { return (p.x * 7 + p.y) % 1000003; }\nvar acc = new P(0, 1);\nvar h = 0;\nfor (var i = 0; i < 400000; i++) {\n  acc = acc.add(new P(i % 7, i % 11));\n  if (acc.x > 1000) acc = new P(acc.x % 97, acc.y);\n  h = (h * 31 + norm(acc)) % 1000003;\n}\nconsole.log(h, acc.x, acc.y);\n";
    let (code, out, err) = run(&["--jit", "--jit-fast-first", "--stats"], src);
    assert_eq!(code, 0, "{err}");
    let (_, interp_out, _) = run(&["--interp"], src);
    assert_eq!(out, interp_out);
    let upgraded: u32 = err
        .split("functions compiled (")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no upgrade count in {err}"));
    assert!(upgraded >= 1, "{err}");
    assert!(err.contains(" 0 failed"), "{err}");
}

#[test]
fn char_code_at_out_of_range_keeps_the_code_a_few_times() {
    // Past the end of its string, charCodeAt leaves native code for the
    // interpreter without dropping the code (the next calls run native
    // code again) up to 8 times; the 9th deopt drops it, and the code
    // compiled again does not speculate: 20 such calls, 9 deopts.
    let src = "function at(s, i) { var c = s.charCodeAt(i); return c === c ? c : -1; }\nvar t = 0; for (var k = 0; k < 5000; k++) t += at(\"abc\", k % 3);\nfor (var k = 0; k < 20; k++) t += at(\"abc\", 3);\nconsole.log(t);\n";
    let (code, out, err) = run(&["--jit", "--jit-sync", "--trace-deopt", "--stats"], src);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "489979\n");
    assert_eq!(err.matches("index out of range").count(), 9, "{err}");
    assert_eq!(err.matches("[deopt]").count(), 9, "{err}");
    assert!(err.contains(" deopts 9 (8 kept the code),"), "{err}");
}

#[test]
fn string_plus_number_in_an_inlined_body_does_not_deopt_at_every_call() {
    // `"v" + this.n` has a string operand but saw numbers too: in an
    // inlined body the generic path abandons the inline for an ordinary
    // call (made once, when compiling), instead of a deopt at each call.
    let src = "function Named(n) { this.n = n; }\nNamed.prototype.label = function () { return \"v\" + this.n; };\nfunction run(xs) { var t = 0; for (var i = 0; i < xs.length; i++) t += xs[i].label().length; return t; }\nvar xs = []; for (var i = 0; i < 100; i++) xs.push(new Named(i));\nvar s = 0; for (var r = 0; r < 2000; r++) s += run(xs);\nconsole.log(s);\n";
    runs_compiled_without_a_deopt(src, "580000\n");
}

/// Runs `src` with every compile on the VM thread: it must print `want`
/// and never deoptimise.
fn runs_compiled_without_a_deopt(src: &str, want: &str) {
    let (code, out, err) = run(&["--jit", "--jit-sync", "--trace-deopt", "--stats"], src);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, want);
    assert!(err.contains(" deopts 0 ("), "{err}");
}

#[test]
fn an_error_message_that_never_ran_is_joined_without_a_deopt() {
    // `expect` is compiled before its `throw` block ever ran: the `+`
    // sites there have no feedback but a string operand, so they join
    // strings instead of guarding for int32s that can never come (a
    // deopt, and the code dropped, at the first error).
    let src = "function expect(t, text) {\n  if (t.text !== text) throw new Error(\"expected '\" + text + \"' but found '\" + t.text + \"'\");\n  return t;\n}\nfunction parse(ts, want) { var n = 0; for (var i = 0; i < ts.length; i++) n += expect(ts[i], want).text.length; return n; }\nvar ts = []; for (var i = 0; i < 50; i++) ts.push({ text: \"ab\" });\nvar s = 0; for (var r = 0; r < 200; r++) s += parse(ts, \"ab\");\nfor (var r = 0; r < 5; r++) { try { parse(ts, \"x\"); } catch (e) { s += e.message.length; } }\nconsole.log(s);\n";
    runs_compiled_without_a_deopt(src, "20135\n");
}

#[test]
fn perf_map_names_code_by_function_and_source_position() {
    // `--perf-map` writes /tmp/perf-PID.map, one line per compiled
    // function: address, size, and `js:NAME FILE:LINE:COL`, so anonymous
    // functions (and methods sharing a name) can be told apart.
    let dir = std::env::temp_dir().join(format!("protojit-perfmap-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("pm.js");
    let src = "function named(x) { return x + 1; }\nvar o = {};\no.f = function (x) {\n  return x * 2;\n};\nvar t = 0;\nfor (var i = 0; i < 10; i++) t += named(i) + o.f(i);\nconsole.log(t);\n";
    std::fs::write(&file, src).unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_protojit"))
        .args(["run", "--jit", "--jit-threshold=0", "--perf-map"])
        .arg(&file)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let map_path = format!("/tmp/perf-{}.map", child.id());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "145\n");
    let map = std::fs::read_to_string(&map_path).unwrap();
    let _ = std::fs::remove_file(&map_path);
    let f = file.to_str().unwrap();
    let labels: Vec<&str> = map
        .lines()
        .map(|l| l.splitn(3, ' ').nth(2).unwrap_or(""))
        .collect();
    assert!(
        labels.contains(&format!("js:named {f}:1:1").as_str()),
        "{map}"
    );
    assert!(
        labels.contains(&format!("js:<anonymous> {f}:3:7").as_str()),
        "{map}"
    );
    for l in map.lines() {
        let mut parts = l.split(' ');
        let addr = u64::from_str_radix(parts.next().unwrap(), 16).unwrap();
        let size = u64::from_str_radix(parts.next().unwrap(), 16).unwrap();
        assert!(addr > 0 && size > 0, "{l}");
    }
}
