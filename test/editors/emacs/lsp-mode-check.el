;;; lsp-mode-check.el --- lsp-mode renders Copydesk's semantic tokens, headless  -*- lexical-binding: t -*-

;; Usage: emacs --batch -l lsp-mode-check.el FILE
;; Environment: COPYDESK_CMD (JSON array), COPYDESK_RESULT (output JSON path),
;; COPYDESK_FACES_AT (JSON array of texts whose first character's faces are reported).
;; Maps Copydesk's token types to faces the way docs/editors.md tells users to, then
;; reports which faces lsp-mode put on the text.

(require 'package)
(setq package-user-dir (make-temp-file "copydesk-elpa-" t))
(package-initialize)
(require 'json)

(defvar copydesk-result nil)
(defvar copydesk-errors nil)
(defvar copydesk-root (file-name-directory (expand-file-name (car command-line-args-left))))

(defun copydesk-put (key value) (push (cons key value) copydesk-result))
(defun copydesk-fail (message) (push message copydesk-errors))
(defun copydesk-finish ()
  (copydesk-put 'errors (vconcat (reverse copydesk-errors)))
  (with-temp-file (getenv "COPYDESK_RESULT") (insert (json-encode copydesk-result)))
  (ignore-errors (lsp-workspace-shutdown (car (lsp-workspaces))))
  (kill-emacs 0))

(defun copydesk-wait (what predicate seconds)
  (let ((deadline (+ (float-time) seconds)) (value nil))
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (unless value (copydesk-fail (format "timed out waiting for %s" what)))
    value))

;; Batch-mode settings: no prompts, no session file, no packages that are not installed.
(setq lsp-session-file (expand-file-name "lsp-session" (make-temp-file "copydesk-lsp-" t))
      lsp-enable-snippet nil
      lsp-diagnostics-provider :flymake
      lsp-semantic-tokens-enable t
      lsp-enable-file-watchers nil
      lsp-headerline-breadcrumb-enable nil
      lsp-modeline-code-actions-enable nil
      lsp-modeline-diagnostics-enable nil
      lsp-lens-enable nil
      lsp-restart 'ignore)
(require 'lsp-mode)
(require 'lsp-semantic-tokens)
(advice-add 'lsp--calculate-root :override (lambda (&rest _) copydesk-root))

;; What docs/editors.md asks lsp-mode users to add: a face for each Copydesk token type.
(dolist (pair '(("quote" . font-lock-string-face)
                ("speaker" . font-lock-variable-name-face)
                ("cue" . font-lock-keyword-face)
                ("anonymousSource" . font-lock-function-name-face)
                ("anonymityReason" . font-lock-comment-face)
                ("dateline" . font-lock-constant-face)
                ("unattributedClaim" . font-lock-warning-face)))
  (add-to-list 'lsp-semantic-token-faces pair))

(define-derived-mode copydesk-article-mode text-mode "Article")
(add-to-list 'lsp-language-id-configuration '(copydesk-article-mode . "copydesk-article"))
(lsp-register-client
 (make-lsp-client :new-connection (lsp-stdio-connection (append (json-read-from-string (getenv "COPYDESK_CMD")) nil))
                  :activation-fn (lsp-activate-on "copydesk-article")
                  :server-id 'copydesk))

(run-at-time 60 nil (lambda () (copydesk-fail "the whole check took longer than 60 s") (copydesk-finish)))

(find-file (car command-line-args-left))
(copydesk-article-mode)
(lsp)
(copydesk-wait "lsp-mode to connect and initialize"
               (lambda () (and (lsp-workspaces) (eq (lsp--workspace-status (car (lsp-workspaces))) 'initialized)))
               20)
(copydesk-put 'semantic_tokens_mode (and (boundp 'lsp-semantic-tokens-mode) lsp-semantic-tokens-mode t))
(copydesk-wait "semantic tokens" (lambda () (and lsp--semantic-tokens-cache (plist-get lsp--semantic-tokens-cache :response))) 20)

;; font-lock does not switch itself on in batch mode: fontify by hand.
(font-lock-set-defaults)
(font-lock-fontify-region (point-min) (point-max))

(let ((faces nil))
  (dolist (text (append (json-read-from-string (getenv "COPYDESK_FACES_AT")) nil))
    (goto-char (point-min))
    (if (search-forward text nil t)
        (let ((face (get-text-property (match-beginning 0) 'face)))
          (push (cons text (format "%s" face)) faces))
      (copydesk-fail (format "text not found: %s" text))))
  (copydesk-put 'faces faces))

(copydesk-finish)
