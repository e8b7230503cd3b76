;;; eglot-probe.el --- Emacs 28 + eglot (Debian elpa-eglot) as a client of the Postmortem language server  -*- lexical-binding: t -*-
;; usage (run.sh does this), WITHOUT -Q so Debian's elpa packages load:
;;   PM_FILE=<copy of the broken fixture> PM_EXPECTED=<fixtures/expected.json> PM_SERVER=<dist/server.js> \
;;   emacs --batch -q -l eglot-probe.el
;; Steps: open the broken postmortem -> exact findings (flymake); apply the required-field quick fix
;; with `eglot-code-actions' -> exact findings; edit the buffer to fix the rest -> no findings.
;; Exits 0 on success, 1 on the first failed step.
(require 'eglot)
(require 'json)
(require 'subr-x)

(defvar pm-t0 (float-time))
(defvar pm-timeout (string-to-number (or (getenv "PM_TIMEOUT") "15")))
(defun pm-say (fmt &rest args)
  (princ (format "[emacs %5d ms] %s\n" (round (* 1000 (- (float-time) pm-t0))) (apply #'format fmt args))))
(defun pm-fail (fmt &rest args)
  (pm-say "FAIL: %s" (apply #'format fmt args))
  (kill-emacs 1))

(defvar pm-file (or (getenv "PM_FILE") (error "set PM_FILE")))
(defvar pm-expected
  (let ((json-object-type 'alist) (json-array-type 'list) (json-key-type 'symbol))
    (alist-get 'broken (json-read-file (or (getenv "PM_EXPECTED") (error "set PM_EXPECTED"))))))
(defvar pm-server (or (getenv "PM_SERVER") (error "set PM_SERVER")))

(defun pm-keys (pairs)
  "PAIRS of (CODE LINE) as a sorted \"code@line\" string."
  (string-join (sort (mapcar (lambda (p) (format "%s@%d" (car p) (cadr p))) pairs) #'string<) ", "))

(defun pm-code (diag)
  "The rule code of flymake DIAG, from the LSP diagnostic eglot keeps in its data."
  (let ((lsp (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diag)))))
    (format "%s" (plist-get lsp :code))))

(defun pm-current ()
  (pm-keys (mapcar (lambda (d) (list (pm-code d) (line-number-at-pos (flymake-diagnostic-beg d))))
                   (flymake-diagnostics))))

(defun pm-expect (step want)
  "Wait until the buffer's findings are exactly WANT, then print them."
  (let ((want-s (pm-keys want))
        (deadline (+ (float-time) pm-timeout)))
    ;; eglot sends didChange from an idle timer, and a batch Emacs is never idle: send it now
    (eglot--signal-textDocument/didChange)
    (while (and (not (equal (pm-current) want-s)) (< (float-time) deadline))
      (accept-process-output nil 0.02)
      (flymake-start))
    (unless (equal (pm-current) want-s)
      (pm-fail "%s: expected [%s], got [%s]" step want-s (pm-current)))
    (pm-say "%s: [%s] ok" step want-s)
    (dolist (d (flymake-diagnostics))
      (pm-say "    %d: %s" (line-number-at-pos (flymake-diagnostic-beg d)) (flymake-diagnostic-text d)))))

(setq eglot-server-programs `((text-mode . ("node" ,pm-server "--stdio")))
      eglot-send-changes-idle-time 0.05
      eglot-sync-connect t
      flymake-no-changes-timeout 0.05)
;; the project is the workspace folder around the file, not a repository that happens to contain it
(setq project-find-functions
      (list (lambda (_dir) (cons 'transient (file-name-directory (directory-file-name (file-name-directory pm-file)))))))
(find-file pm-file)
(text-mode)
(apply #'eglot (eglot--guess-contact))
(flymake-mode 1)
(flymake-start)

;; 1. diagnostics on open
(pm-expect "on open" (alist-get 'initial pm-expected))

;; 2. the required-field quick fix through eglot's code action command
(let* ((qf (alist-get 'quickFix pm-expected))
       (inserts (alist-get 'inserts qf)))
  (goto-char (point-min))
  (forward-line (1- (alist-get 'line qf)))
  (let ((actions (eglot-code-actions (line-beginning-position) (line-end-position) "quickfix")))
    (pm-say "offered: %s" (mapconcat (lambda (a) (plist-get a :title)) actions " | "))
    (unless (cl-find (alist-get 'title qf) actions :key (lambda (a) (plist-get a :title)) :test #'equal)
      (pm-fail "quick fix %S not offered" (alist-get 'title qf))))
  ;; interactive path: a single quickfix is executed without a prompt
  (eglot-code-actions (line-beginning-position) (line-end-position) "quickfix" t)
  (goto-char (point-min))
  (unless (re-search-forward (concat "^" (regexp-quote inserts) "$") nil t)
    (pm-fail "quick fix not applied: no %S line" inserts))
  (pm-say "code action applied: %S" (alist-get 'title qf)))
(pm-expect "after code action" (alist-get 'afterQuickFix pm-expected))

;; 3. edits that fix the rest -> no findings
(dolist (e (alist-get 'fixEdits pm-expected))
  (goto-char (point-min))
  (unless (re-search-forward (concat "^" (regexp-quote (alist-get 'find e)) "$") nil t)
    (pm-fail "line %S not found for the fixing edit" (alist-get 'find e)))
  (replace-match (string-join (alist-get 'replace e) "\n") t t))
(pm-expect "after fixing edits" (alist-get 'afterFix pm-expected))

(let ((server (eglot-current-server)))
  (set-buffer-modified-p nil)
  (eglot-shutdown server))
(pm-say "PASS")
(kill-emacs 0)
