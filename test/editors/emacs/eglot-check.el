;;; eglot-check.el --- Drive eglot against the Copydesk server, headless  -*- lexical-binding: t -*-

;; Usage: emacs --batch -l eglot-check.el FILE
;; Environment: COPYDESK_CMD (JSON array), COPYDESK_RESULT (output JSON path),
;; COPYDESK_HOVER_AT, COPYDESK_ACTION_AT (text to put point on), COPYDESK_ACTION_TITLE
;; (part of the action's title), COPYDESK_ACTION_APPLIED (text the buffer holds after it).
;; Goes through eglot's own paths: flymake for diagnostics, eldoc for hover, the code
;; action menu (completing-read, answered here) and imenu for symbols. Every wait polls the
;; process output with a deadline; nothing sleeps a fixed time.

(require 'package)
;; Debian's elpa packages are not active in --batch; a throwaway package dir keeps any
;; user configuration out.
(setq package-user-dir (make-temp-file "copydesk-elpa-" t))
(package-initialize)
(require 'eglot)
(require 'json)
(require 'imenu)

(defvar copydesk-result nil)
(defvar copydesk-errors nil)

(defun copydesk-put (key value) (push (cons key value) copydesk-result))
(defun copydesk-fail (message) (push message copydesk-errors))

(defun copydesk-finish ()
  (copydesk-put 'errors (vconcat (reverse copydesk-errors)))
  (with-temp-file (getenv "COPYDESK_RESULT")
    (insert (json-encode copydesk-result)))
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs 0))

(defun copydesk-wait (what predicate seconds)
  "Poll PREDICATE while reading process output, for at most SECONDS; note a failure as WHAT."
  (let ((deadline (+ (float-time) seconds)) (value nil))
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (unless value (copydesk-fail (format "timed out waiting for %s" what)))
    value))

(defun copydesk-goto (text)
  (goto-char (point-min))
  (if (search-forward text nil t)
      (progn (goto-char (match-beginning 0)) t)
    (copydesk-fail (format "text not found: %s" text))
    nil))

(defun copydesk-diagnostics ()
  (vconcat (mapcar (lambda (d)
                     `((text . ,(flymake-diagnostic-text d))
                       (line . ,(line-number-at-pos (flymake-diagnostic-beg d)))))
                   (flymake-diagnostics))))

(define-derived-mode copydesk-article-mode text-mode "Article")
(add-to-list 'eglot-server-programs
             `(copydesk-article-mode . ,(append (json-read-from-string (getenv "COPYDESK_CMD")) nil)))

(run-at-time 60 nil (lambda () (copydesk-fail "the whole check took longer than 60 s") (copydesk-finish)))

(find-file (car command-line-args-left))
(copydesk-article-mode)
(apply #'eglot (eglot--guess-contact))
(copydesk-wait "eglot to connect" #'eglot-current-server 20)
(flymake-start)

;; 1. Diagnostics, through flymake.
(copydesk-wait "diagnostics" (lambda () (flymake-diagnostics)) 20)
(copydesk-put 'diagnostics (copydesk-diagnostics))

;; 2. Hover, through eldoc's function.
(when (copydesk-goto (getenv "COPYDESK_HOVER_AT"))
  (let ((hover nil))
    (eglot-hover-eldoc-function (lambda (info &rest _) (setq hover (or info ""))))
    (copydesk-wait "hover" (lambda () hover) 10)
    (copydesk-put 'hover hover)))

;; 3. A code action picked from eglot's menu and applied.
(when (copydesk-goto (getenv "COPYDESK_ACTION_AT"))
  (let ((titles nil)
        (wanted (getenv "COPYDESK_ACTION_TITLE"))
        (applied-text (getenv "COPYDESK_ACTION_APPLIED")))
    ;; eglot asks through a popup menu when the last event was not a key (always, in
    ;; batch), through completing-read otherwise: answer both as the user would.
    (cl-flet ((pick (items)
                (setq titles (mapcar #'car items))
                (or (seq-find (lambda (item) (string-match-p (regexp-quote wanted) (car item))) items)
                    (progn (copydesk-fail (format "no action like %s" wanted)) (car items)))))
      (cl-letf (((symbol-function 'x-popup-menu)
                 (lambda (_position menu) (cdr (pick (cdr (cadr menu))))))
                ((symbol-function 'completing-read)
                 (lambda (_prompt collection &rest _) (car (pick collection)))))
        (eglot-code-actions (point) (point) nil t)))
    (copydesk-put 'action_titles (vconcat titles))
    (copydesk-put 'applied (and (save-excursion (goto-char (point-min)) (search-forward applied-text nil t)) t))
    ;; eglot sends didChange from an idle timer, and idle timers never fire in batch.
    (eglot--signal-textDocument/didChange)
    (let ((before (copydesk-diagnostics)))
      (copydesk-wait "diagnostics after the edit"
                     (lambda () (flymake-start) (not (equal (copydesk-diagnostics) before))) 15))
    (copydesk-put 'diagnostics_after (copydesk-diagnostics))
    (copydesk-put 'lines_after (vconcat (split-string (buffer-string) "\n")))))

;; 4. Document symbols, through imenu.
(let ((index (funcall imenu-create-index-function)))
  (copydesk-put 'symbols (format "%S" index)))

(copydesk-finish)
