-- Neovim (0.7, Debian) as an LSP client of the Postmortem language server.
-- usage (run.sh does this): nvim --headless --clean -n -i NONE
--   -c "let g:pm_file='<copy of the broken fixture>'" -c "let g:pm_expected='<fixtures/expected.json>'"
--   -c "let g:pm_server='<dist/server.js>'" -c "luafile nvim-probe.lua"
-- Steps: open the broken postmortem -> exact findings; apply the required-field quick fix through
-- vim.lsp.buf.code_action() -> exact findings; edit the buffer to fix the rest -> no findings.
-- Exits 0 on success, 1 (:cquit) on the first failed step.
local file = assert(vim.g.pm_file, 'set g:pm_file')
local expected_path = assert(vim.g.pm_expected, 'set g:pm_expected')
local server = assert(vim.g.pm_server, 'set g:pm_server')
local TIMEOUT = tonumber(vim.g.pm_timeout or 15000)
local t0 = vim.loop.hrtime()
local function say(s) io.stdout:write(('[nvim %5d ms] %s\n'):format(math.floor((vim.loop.hrtime() - t0) / 1e6), s)) end
local function fail(s) say('FAIL: ' .. s); io.stdout:flush(); vim.cmd('cquit 1') end

local f = assert(io.open(expected_path, 'r'))
local expected = vim.fn.json_decode(f:read('*a')).broken
f:close()

-- "code@line" strings, sorted, for exact comparison
local function key_list(pairs_)
  local out = {}
  for _, p in ipairs(pairs_) do table.insert(out, ('%s@%d'):format(p[1], p[2])) end
  table.sort(out)
  return table.concat(out, ', ')
end

local client_id = vim.lsp.start_client({ -- vim.lsp.start() only exists from 0.8 on
  name = 'postmortem',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h:h'),
  on_exit = function(code, signal)
    if code ~= 0 then say(('server exited code=%s signal=%s'):format(code, signal)) end
  end,
})
if not client_id then fail('vim.lsp.start_client failed') end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(bufnr, client_id)

local function current()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    table.insert(list, { tostring(code), d.lnum + 1 })
  end
  return key_list(list)
end

-- waits until the buffer's findings are exactly `want`, then prints them
local function expect(step, want)
  local want_s = key_list(want)
  local ok = vim.wait(TIMEOUT, function() return current() == want_s end, 20)
  if not ok then fail(('%s: expected [%s], got [%s]'):format(step, want_s, current())) end
  say(('%s: [%s] ok'):format(step, want_s))
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    say(('    %d:%d %s %s'):format(d.lnum + 1, d.col + 1, tostring(d.code), d.message))
  end
end

-- 1. diagnostics on open
expect('on open', expected.initial)

-- 2. code action: cursor on the finding's line, vim.lsp.buf.code_action(), pick by title in vim.ui.select
local qf = expected.quickFix
local offered = {}
vim.ui.select = function(items, opts, on_choice)
  for i, item in ipairs(items) do
    local action = item[2] or item.action or item
    table.insert(offered, action.title)
    if action.title == qf.title then return on_choice(item, i) end
  end
  on_choice(nil, nil)
end
vim.api.nvim_win_set_cursor(0, { qf.line, 0 })
vim.lsp.buf.code_action()
local function has_line(text)
  for _, l in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do if l == text then return true end end
  return false
end
if not vim.wait(TIMEOUT, function() return has_line(qf.inserts) end, 20) then
  fail(('code action %q not applied; offered: %s'):format(qf.title, table.concat(offered, ' | ')))
end
say(('code action applied: %q (offered: %s)'):format(qf.title, table.concat(offered, ' | ')))
expect('after code action', expected.afterQuickFix)

-- 3. edits that fix the rest -> no findings
for _, e in ipairs(expected.fixEdits) do
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local at
  for i, l in ipairs(lines) do if l == e.find then at = i; break end end
  if not at then fail(('line %q not found for the fixing edit'):format(e.find)) end
  vim.api.nvim_buf_set_lines(bufnr, at - 1, at, false, e.replace)
end
expect('after fixing edits', expected.afterFix)

vim.lsp.stop_client(client_id)
vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
say('PASS')
vim.cmd('qa!')
