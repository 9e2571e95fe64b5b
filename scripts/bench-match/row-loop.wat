(module
  (memory (export "memory") 64)
  ;; The bare row loop over UTF-8 bytes: column of each byte, then the current row's entry; an exit (any entry that
  ;; is not a row offset) is counted and goes back to the root's row.
  (func (export "rows") (param $p i32) (param $end i32) (param $rows i32) (param $cols i32) (result i32)
    (local $r i32) (local $v i32) (local $exits i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $v
          (i32.load16_u
            (i32.add (local.get $rows)
              (i32.shl
                (i32.add (local.get $r) (i32.load8_u (i32.add (local.get $cols) (i32.load8_u (local.get $p)))))
                (i32.const 1)))))
        (if (i32.and (local.get $v) (i32.const 63))
          (then (local.set $exits (i32.add (local.get $exits) (i32.const 1))) (local.set $r (i32.const 0)))
          (else (local.set $r (local.get $v))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (local.get $exits))
  ;; The same over two halves at once (two independent chains of lookups).
  (func (export "rows2") (param $p i32) (param $mid i32) (param $q i32) (param $rows i32) (param $cols i32) (result i32)
    (local $r i32) (local $s i32) (local $v i32) (local $w i32) (local $exits i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $mid)))
        (local.set $v
          (i32.load16_u
            (i32.add (local.get $rows)
              (i32.shl
                (i32.add (local.get $r) (i32.load8_u (i32.add (local.get $cols) (i32.load8_u (local.get $p)))))
                (i32.const 1)))))
        (local.set $w
          (i32.load16_u
            (i32.add (local.get $rows)
              (i32.shl
                (i32.add (local.get $s) (i32.load8_u (i32.add (local.get $cols) (i32.load8_u (local.get $q)))))
                (i32.const 1)))))
        (if (i32.and (local.get $v) (i32.const 63))
          (then (local.set $exits (i32.add (local.get $exits) (i32.const 1))) (local.set $r (i32.const 0)))
          (else (local.set $r (local.get $v))))
        (if (i32.and (local.get $w) (i32.const 63))
          (then (local.set $exits (i32.add (local.get $exits) (i32.const 1))) (local.set $s (i32.const 0)))
          (else (local.set $s (local.get $w))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $next)))
    (local.get $exits))
  ;; The floor's pass (FNV-1a) over the UTF-8 bytes.
  (func (export "fnv") (param $p i32) (param $end i32) (result i32)
    (local $h i32)
    (local.set $h (i32.const 0x811c9dc5))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $h (i32.mul (i32.xor (local.get $h) (i32.load8_u (local.get $p))) (i32.const 16777619)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (local.get $h)))
