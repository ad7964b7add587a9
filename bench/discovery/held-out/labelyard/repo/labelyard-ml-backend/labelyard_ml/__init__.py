# Package name
package_name = 'labelyard-ml'

# Package version
__version__ = '2.0.1dev0'
