"""Manual check with the real program (not run by npm test): open the built
downloads in LibreOffice Calc set to French (Canada) and check that the value
columns are numbers that sum: a SUM formula typed in the sheet, COUNT (numbers
only) against COUNTA (non-empty cells). Exit 1 if a value opens as text.

  sudo apt-get install -y libreoffice-calc python3-uno
  npm run build && /usr/bin/python3 scripts/dev/libreoffice-check.py [build]
"""
import os, subprocess, sys, time, uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

import tempfile
build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else 'build')
profile = tempfile.mkdtemp(prefix='cego-lo-')
office = subprocess.Popen(['soffice', '--headless', '--invisible', '--norestore', '--nologo', f'-env:UserInstallation=file://{profile}',
                           '--accept=pipe,name=odcheck;urp;'], env={**os.environ, 'LC_ALL': 'fr_CA.UTF-8', 'LANG': 'fr_CA.UTF-8'})
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    for _ in range(120):
        try:
            ctx = resolver.resolve('uno:pipe,name=odcheck;urp;StarOffice.ComponentContext'); break
        except Exception:
            time.sleep(1)
    smgr = ctx.ServiceManager
    # The office locale: French (Canada), as a public servant's LibreOffice would be set.
    cfg = smgr.createInstanceWithContext('com.sun.star.configuration.ConfigurationProvider', ctx)
    access = cfg.createInstanceWithArguments('com.sun.star.configuration.ConfigurationUpdateAccess', (prop('nodepath', '/org.openoffice.Setup/L10N'),))
    access.setPropertyValue('ooSetupSystemLocale', 'fr-CA'); access.setPropertyValue('ooLocale', 'fr-CA'); access.commitChanges()
    desktop = smgr.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)

    def check(path, column, filt=None):
        args = [prop('Hidden', True)]
        if filt: args += [prop('FilterName', 'Text - txt - csv (StarCalc)'), prop('FilterOptions', filt)]
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), '_blank', 0, tuple(args))
        sheet = doc.Sheets.getByIndex(0)
        cur = sheet.createCursor(); cur.gotoEndOfUsedArea(False)
        last = cur.RangeAddress.EndRow + 1
        header = [sheet.getCellByPosition(c, 0).String for c in range(cur.RangeAddress.EndColumn + 1)]
        col = header.index(column)
        letter = chr(ord('A') + col)
        rng = f'{letter}2:{letter}{last}'
        f = sheet.getCellByPosition(col, last + 1)
        f.Formula = f'=SUM({rng})'
        c = sheet.getCellByPosition(col, last + 2); c.Formula = f'=COUNT({rng})'
        a = sheet.getCellByPosition(col, last + 3); a.Formula = f'=COUNTA({rng})'
        doc.calculateAll()
        first = [sheet.getCellByPosition(i, 1).String for i in range(min(len(header), 8))]
        print(f'{os.path.basename(path)}: {last - 1} lignes; colonne « {column} » ({rng}) : SOMME = {f.String} ; NB (nombres) = {int(c.Value)} ; NBVAL (non vides) = {int(a.Value)}')
        print('  en-têtes :', ' | '.join(header[:8]), '…' if len(header) > 8 else '')
        print('  ligne 2  :', ' | '.join(first))
        doc.close(True)
        return c.Value, a.Value

    csv = '59,34,76,1,,3084'  # separator ;, quote ", UTF-8, from line 1, default column types, language fr-CA (LCID 3084)
    results = [
        check(f'{build}/etalonnage/donnees/valeurs-excel-fr.csv', 'Valeur', csv),
        check(f'{build}/etalonnage/donnees/valeurs.xlsx', 'Valeur'),
        check(f'{build}/centre/etats-financiers/donnees/etats-financiers-excel-fr.csv', 'Montant', csv),
        check(f'{build}/centre/etats-financiers/donnees/etats-financiers.xlsx', 'Montant'),
        check(f'{build}/dejeuners-conferences/donnees/evaluations.xlsx', 'Nombre'),
    ]
    ok = all(n == a for n, a in results)
    print('TOUTES LES VALEURS SONT DES NOMBRES' if ok else 'DU TEXTE DANS UNE COLONNE DE VALEURS')
    desktop.terminate()
finally:
    time.sleep(1); office.terminate()
sys.exit(0 if ok else 1)
