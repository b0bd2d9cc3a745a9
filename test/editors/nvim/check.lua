-- Drives Neovim's built-in LSP client (0.7+) against the Copydesk server, headless, through
-- the same code paths a user triggers: diagnostics, hover (the floating window), a code
-- action picked from the menu and applied, document symbols (the quickfix list).
-- Environment: COPYDESK_CMD (JSON array), COPYDESK_RESULT (output JSON path),
-- COPYDESK_HOVER_AT, COPYDESK_ACTION_AT (text to put the cursor on),
-- COPYDESK_ACTION_TITLE (part of the action's title), COPYDESK_ACTION_APPLIED (text the
-- buffer holds once the action is applied). Every wait has a deadline; none is a sleep.

local result = { errors = {} }
local function fail(message) table.insert(result.errors, message) end

local function write_result()
  local file = io.open(os.getenv('COPYDESK_RESULT'), 'w')
  file:write(vim.json.encode(result))
  file:close()
end

-- A safety net: whatever happens, the editor quits and says why.
vim.defer_fn(function()
  fail('the whole check took longer than 60 s')
  write_result()
  vim.cmd('qall!')
end, 60000)

local buf = vim.api.nvim_get_current_buf()
local root = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buf), ':p:h')
local client_id = vim.lsp.start_client({
  name = 'copydesk',
  cmd = vim.json.decode(os.getenv('COPYDESK_CMD')),
  root_dir = root,
})
vim.lsp.buf_attach_client(buf, client_id)

local function diagnostics()
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out, { code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), message = d.message, lnum = d.lnum, severity = d.severity })
  end
  return out
end

local function cursor_on(text)
  for lnum, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local col = line:find(text, 1, true)
    if col then
      vim.api.nvim_win_set_cursor(0, { lnum, col - 1 })
      return true
    end
  end
  fail('text not found in the buffer: ' .. text)
  return false
end

local function floating_text()
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(win).relative ~= '' then
      return vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(win), 0, -1, false)
    end
  end
  return nil
end

-- 1. Diagnostics arrive on open.
if not vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 20) then fail('no diagnostics within 20 s') end
result.diagnostics = diagnostics()

-- 2. Hover: the floating window Neovim opens.
if cursor_on(os.getenv('COPYDESK_HOVER_AT')) then
  vim.lsp.buf.hover()
  local lines
  vim.wait(10000, function() lines = floating_text(); return lines ~= nil end, 20)
  result.hover = lines
  if not lines then fail('no hover window within 10 s') end
  vim.cmd('wincmd p')
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(win).relative ~= '' then vim.api.nvim_win_close(win, true) end
  end
end

-- 3. A code action, chosen from the menu as a user would, and applied.
result.action_titles = {}
local wanted = os.getenv('COPYDESK_ACTION_TITLE')
vim.ui.select = function(items, opts, on_choice)
  for i, item in ipairs(items) do
    local title = (opts.format_item and opts.format_item(item)) or (item[2] and item[2].title) or (item.action and item.action.title) or item.title
    table.insert(result.action_titles, title)
    if title:find(wanted, 1, true) then return on_choice(item, i) end
  end
  fail('no code action titled like: ' .. wanted)
  on_choice(nil, nil)
end
if cursor_on(os.getenv('COPYDESK_ACTION_AT')) then
  local applied_text = os.getenv('COPYDESK_ACTION_APPLIED')
  local version_before = vim.lsp.util.buf_versions[buf]
  vim.lsp.buf.code_action()
  local applied = vim.wait(10000, function()
    return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n'):find(applied_text, 1, true) ~= nil
  end, 20)
  result.applied = applied
  if not applied then fail('the code action did not change the buffer within 10 s') end
  -- The edit reaches the server as didChange; wait for the diagnostics it answers with.
  local republished = false
  local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
    default_handler(err, params, ctx, config)
    if params.version and params.version > version_before then republished = true end
  end
  if not vim.wait(10000, function() return republished end, 20) then fail('no diagnostics after the edit within 10 s') end
  result.diagnostics_after = diagnostics()
  result.lines_after = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
end

-- 4. Document symbols: Neovim lists them in the quickfix list.
vim.fn.setqflist({})
vim.lsp.buf.document_symbol()
vim.wait(10000, function() return #vim.fn.getqflist() > 0 end, 20)
result.symbols = {}
for _, item in ipairs(vim.fn.getqflist()) do table.insert(result.symbols, item.text) end
if #result.symbols == 0 then fail('no document symbols within 10 s') end

-- Stop the server the way Neovim does on exit, and wait for it to go.
local client = vim.lsp.get_client_by_id(client_id)
client.stop()
vim.wait(5000, function() return client.is_stopped() end, 20)
write_result()
vim.cmd('qall!')
